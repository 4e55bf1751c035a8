// `nvidia-smi -q -x` XML -> DeviceRecords; tested in tests/probe/smi_xml_parser_test.cpp.
#include "probe/smi_xml_parser.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>

#include "probe/reading_text.h"

namespace probe {
namespace {

core::Error error_at(const core::Source& source, int line, core::ErrorCode code, std::string message) {
  return core::Error{code, std::move(message), core::Position{source.name(), line, 1, 0}};
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(name));
}

const xmlNode* child(const xmlNode* node, const char* name) {
  if (!node) return nullptr;
  for (const xmlNode* c = node->children; c; c = c->next)
    if (named(c, name)) return c;
  return nullptr;
}

std::string text_of(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string out = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return std::string(trim(out));
}

// "a/b/c" below `node`; nullptr when any step is missing.
const xmlNode* at(const xmlNode* node, std::string_view path) {
  while (node && !path.empty()) {
    size_t slash = path.find('/');
    std::string step(path.substr(0, slash));
    node = child(node, step.c_str());
    path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
  }
  return node;
}

// The DTD versions we have captures or a fixture for; others are read with a warning.
bool known_dtd(const std::string& system_id) {
  return system_id == "nvsmi_device_v11.dtd" || system_id == "nvsmi_device_v12.dtd" ||
         system_id == "nvsmi_device_v13.dtd";
}

}  // namespace

core::Result<ProbeResult> parse_smi_xml(const core::Source& source) {
  const std::string& bytes = source.bytes();
  // Refuse before libxml2 sees the bytes: no entity declaration reaches the parser.
  if (size_t at_entity = bytes.find("<!ENTITY"); at_entity != std::string::npos) {
    return error_at(source, source.position(at_entity).line, core::ErrorCode::security,
                    "refusing XML that declares an entity (<!ENTITY): nvidia-smi never writes one, and it could "
                    "fetch a file or expand without bound");
  }
  std::unique_ptr<xmlParserCtxt, CtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return error_at(source, 0, core::ErrorCode::unavailable, "libxml2 could not allocate a parser");
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                                         source.name().c_str(), nullptr, options));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* err = xmlCtxtGetLastError(ctxt.get());
    std::string message(err && err->message ? trim(err->message) : std::string_view("malformed XML"));
    int line = err ? err->line : 0;
    return error_at(source, line, core::ErrorCode::parse, "malformed nvidia-smi XML (truncated or not XML): " + std::string(trim(message)));
  }
  // Second line of defence: a parsed DTD subset that declares entities is refused too.
  if ((doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities)) ||
      (doc->extSubset && (doc->extSubset->entities || doc->extSubset->pentities))) {
    return error_at(source, 0, core::ErrorCode::security, "refusing XML whose DTD declares entities");
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || !named(root, "nvidia_smi_log"))
    return error_at(source, root ? static_cast<int>(root->line) : 0, core::ErrorCode::parse,
                    "not nvidia-smi XML: the root element is not <nvidia_smi_log>");

  ProbeResult result;
  result.source = {"nvidia-smi -q -x", source.name(), "", ""};
  if (doc->intSubset && doc->intSubset->SystemID)
    result.source.format_version = reinterpret_cast<const char*>(doc->intSubset->SystemID);
  if (!result.source.format_version.empty() && !known_dtd(result.source.format_version)) {
    result.warnings.push_back(error_at(source, 0, core::ErrorCode::schema,
                                       "untested nvidia-smi DTD \"" + result.source.format_version +
                                           "\"; fields this parser does not find are left unmeasured"));
  }
  std::string driver, cuda;
  if (auto n = child(root, "timestamp")) result.source.date = read_smi_date(text_of(n));
  if (auto n = child(root, "driver_version")) driver = text_of(n);
  if (auto n = child(root, "cuda_version")) cuda = text_of(n);

  for (const xmlNode* gpu = root->children; gpu; gpu = gpu->next) {
    if (!named(gpu, "gpu")) continue;
    DeviceRecord d;
    auto keep = [&d, gpu](const char* path) -> std::optional<std::string> {
      const xmlNode* n = at(gpu, path);
      if (!n) return std::nullopt;
      std::string text = text_of(n);
      d.readings.push_back({path, text});
      return text;
    };
    if (!driver.empty()) {
      d.driver_version = driver;
      d.readings.push_back({"driver_version", driver});
    }
    if (!cuda.empty() && cuda != "N/A") {
      d.cuda_driver_version = cuda;
      d.readings.push_back({"cuda_version", cuda});
    }
    if (auto v = keep("product_name")) d.name = *v;
    if (auto v = keep("product_architecture"); v && *v != "N/A") d.architecture = *v;
    if (auto v = keep("display_mode")) d.display_mode = read_enabled(*v);
    if (auto v = keep("display_active")) d.display_active = read_enabled(*v);
    if (auto v = keep("uuid")) d.uuid = *v;
    if (auto v = keep("pci/pci_bus_id")) d.pci_bus_id = *v;
    if (auto v = keep("mig_mode/current_mig")) d.mig_enabled = read_enabled(*v);
    // max_device_link_gen (v12+) is the GPU's own maximum; max_link_gen is capped by the slot.
    if (auto v = keep("pci/pci_gpu_link_info/pcie_gen/max_device_link_gen")) d.pcie_max_gen = read_integer(*v);
    if (!d.pcie_max_gen)
      if (auto v = keep("pci/pci_gpu_link_info/pcie_gen/max_link_gen")) d.pcie_max_gen = read_integer(*v);
    if (auto v = keep("pci/pci_gpu_link_info/link_widths/max_link_width")) d.pcie_max_width = read_link_width(*v);
    // <gpu>/<fb_memory_usage> is the physical GPU; MIG slices have their own inside <mig_devices>.
    if (auto v = keep("fb_memory_usage/total")) d.memory_total_bytes = read_mib_as_bytes(*v);
    // v11 names the block <power_readings>; v12 and v13 <gpu_power_readings>.
    for (const char* block : {"gpu_power_readings", "power_readings"}) {
      std::string b(block);
      if (!d.power_limit_default_w)
        if (auto v = keep((b + "/default_power_limit").c_str())) d.power_limit_default_w = read_watts(*v);
      if (!d.power_limit_max_w)
        if (auto v = keep((b + "/max_power_limit").c_str())) d.power_limit_max_w = read_watts(*v);
    }
    if (auto v = keep("max_clocks/sm_clock")) d.max_sm_clock_mhz = read_mhz(*v);
    if (auto v = keep("max_clocks/mem_clock")) d.memory_clock_mhz = read_mhz(*v);
    if (!d.name) return error_at(source, static_cast<int>(gpu->line), core::ErrorCode::parse, "<gpu> without <product_name>");
    result.devices.push_back(std::move(d));
  }
  if (result.devices.empty())
    return error_at(source, 0, core::ErrorCode::parse, "nvidia-smi XML without any <gpu> element");
  return result;
}

}  // namespace probe
