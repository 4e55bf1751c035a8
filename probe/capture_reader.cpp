// Capture sniffing, validation and dispatch to the three parsers; tested in tests/probe/capture_reader_test.cpp.
#include "probe/capture_reader.h"

#include "core/source.h"
#include "probe/devicequery_parser.h"
#include "probe/record_completion.h"
#include "probe/smi_text_parser.h"
#include "probe/smi_xml_parser.h"

namespace probe {
namespace {

// Offset of the first byte that cannot be text (NUL, other C0 controls except tab/CR/LF,
// or invalid UTF-8), or npos.
size_t first_binary_byte(const std::string& bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    if (c == 0x7F) return i;
    size_t extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 99;
    if (extra == 99 || (extra == 1 && c < 0xC2)) return i;
    if (extra > 0 && i + extra >= bytes.size()) return i;  // a sequence cut off by the end
    for (size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return i;
    i += extra + 1;
  }
  return std::string::npos;
}

}  // namespace

CaptureKind sniff_capture(const std::string& bytes) {
  size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t first = bytes.find_first_not_of(" \t\r\n", start);
  if (first != std::string::npos && bytes[first] == '<') return CaptureKind::smi_xml;
  if (bytes.find("==============NVSMI LOG==============") != std::string::npos) return CaptureKind::smi_text;
  if (bytes.find("deviceQuery Starting") != std::string::npos || bytes.find("CUDA Device Query") != std::string::npos)
    return CaptureKind::devicequery;
  return CaptureKind::unknown;
}

core::Result<ProbeResult> read_capture(const std::string& path) {
  auto source = core::read_source_file(path);
  if (!source) {
    core::Error e = source.error();
    e.position.file = path;
    return e;
  }
  const std::string& bytes = source->bytes();
  if (bytes.empty()) return core::Error{core::ErrorCode::parse, "empty capture file", {path}};
  // The largest real capture (8 GPUs, nvidia-smi -q) is under 100 KB; libxml2 takes an int size.
  constexpr size_t kMaxCaptureBytes = 64u << 20;
  if (bytes.size() > kMaxCaptureBytes)
    return core::Error{core::ErrorCode::parse, "capture larger than 64 MiB: not a device-query capture", {path}};
  if (size_t bad = first_binary_byte(bytes); bad != std::string::npos) {
    core::Error e{core::ErrorCode::encoding,
                  "binary data at byte " + std::to_string(bad) + ": not a text capture (nvidia-smi -q, -q -x or deviceQuery)",
                  source->position(bad)};
    return e;
  }
  core::Result<ProbeResult> parsed = core::Error{core::ErrorCode::parse, "", {path}};
  switch (sniff_capture(bytes)) {
    case CaptureKind::smi_xml: parsed = parse_smi_xml(*source); break;
    case CaptureKind::smi_text: parsed = parse_smi_text(*source); break;
    case CaptureKind::devicequery: parsed = parse_devicequery(*source); break;
    case CaptureKind::unknown:
      return core::Error{core::ErrorCode::parse,
                         "not a recognised capture: expected nvidia-smi -q -x XML, nvidia-smi -q text or deviceQuery output",
                         {path}};
  }
  if (!parsed) return parsed;
  core::Errors errors = complete_records(parsed.value());
  if (!errors.empty()) return errors.front();
  return parsed;
}

}  // namespace probe
