// The table of header and label words that name a field; tested in tests/extract/field_cues_test.cpp.
#include "extract/header_cues.h"

#include <initializer_list>
#include <utility>

namespace extract {
namespace {

std::vector<Cue> compile(std::initializer_list<std::pair<const char*, const char*>> table) {
  std::vector<Cue> out;
  for (auto& [re, field] : table) {
    out.push_back(Cue{std::make_unique<RE2>(std::string("(?i)") + re), field});
  }
  return out;
}

}  // namespace

const std::vector<Cue>& header_cues() {
  static const std::vector<Cue> cues = compile({
      {"psu|power supply|recommended system power|suggested|idle|average|measured", ""},  // not the rated TDP
      // "RAM" in an instance table is the host's; a GPU's memory is "VRAM" or "GPU memory".
      {"^\\s*(?:system |host |instance )?ram\\b|^\\s*vcpus?\\b|^\\s*cpu", ""},
      // Measured rates and costs: "FP8 tok/s", "images/s", "latency (ms)", "$/hr".
      {"tok(?:en)?s?\\s*/\\s*s|tokens?\\s*(?:per|/)|img/s|images?\\s*/\\s*s|samples?\\s*/\\s*s|\\bfps\\b|frames per|\\bqps\\b|queries|requests?\\s*/|latency|time to|per hour|/\\s*h(?:ou)?r\\b|\\bcost\\b", ""},
      {"msrp|price|\\$|backends?|place in|rating|benchmark|geekbench|passmark|3dmark|compubench|directx|opengl|opencl|vulkan|shader model|cuda version|compute capability", ""},
      {"supplementary power|power connector|power input|connectors? \\(power", "power_connectors"},
      {"display (connectors|outputs)|video outputs|^outputs$|display ports|display engine|^connectivity$|^ports$|^video out", "display_outputs"},
      {"bus width|memory interface width|memory bus|memory interface", "memory_bus_width"},
      {"(nvlink|infinity fabric|xe link|interconnect|gpu-to-gpu|scale-up|chip-to-chip|nv-hbi).*(bandwidth|speed|throughput|gb/s|tb/s)|"
       "(bandwidth|speed).*(nvlink|infinity fabric|interconnect)|^\\s*nvlink\\s*$", "interconnect_bandwidth"},
      {"nvlink|infinity fabric|xe link|interconnect|multi-gpu", "interconnect"},
      {"pcie.*(bandwidth|i/o|speed)|host i/o|host bandwidth|host interface", "interface"},
      {"bandwidth|^(?:mem(?:ory)?\\.?\\s*)?bw\\b", "memory_bandwidth"},
      {"memory clock|memory speed|effective memory|memory data rate|data rate", "memory_clock"},
      {"memory type|memory technology|vram type", "memory_type"},
      {"l2", "l2_cache"},
      {"infinity cache|\\bl3\\b", "l3_cache"},
      // "FP32 cores" are the CUDA cores, not a rate; "FP64 (vector / tensor)" holds two rates.
      {"\\b(?:fp32|int32)\\s+(?:cores?|units?|alus?)\\b", "cuda_cores"},
      {"vector.*(tensor|matrix)|(tensor|matrix).*vector", ""},
      {"fp64.*(tensor|matrix)|(tensor|matrix).*fp64", "fp64_tensor_tflops"},
      {"double precision|fp64", "fp64_tflops"},
      {"\\bfp8\\b", "fp8_tensor_tflops"},
      {"\\bfp4\\b|\\bnvfp4\\b", "fp4_tensor_tflops"},
      {"\\btf32\\b", "tf32_tensor_tflops"},
      {"(fp16|bf16|half).*matrix|matrix.*(fp16|bf16)", "fp16_tensor_tflops"},
      {"tensor.*(fp16|bf16|half)|(fp16|bf16|half).*tensor", "fp16_tensor_tflops"},
      {"\\bbf16\\b|bfloat16", "fp16_tensor_tflops"},  // BF16 is a tensor-core format
      // only tensor rates come dense and sparse
      {"(fp16|half).*\\b(dense|sparse|sparsity)\\b|\\b(dense|sparse|sparsity)\\b.*(fp16|half)", "fp16_tensor_tflops"},
      {"half precision|fp16", "fp16_tflops"},
      {"single precision|fp32", "fp32_tflops"},
      {"int8", "int8_tops"},
      {"^\\s*[gt]flops\\s*$|^\\s*(peak )?(compute|shader) (performance|throughput)\\s*$", "fp32_tflops"},
      // AMD calls them AI accelerators, Intel XMX engines: the same count of matrix units.
      {"tensor cores?|\\btensor\\b.{0,12}\\bcores?\\b|ai accelerators?|^\\s*ai (cores?|engines?)|matrix (cores?|engines?)|xmx\\)? (engines?|cores?|units?)", "tensor_cores"},
      {"rt cores?|ray ?tracing cores?|ray accelerators|rt units", "rt_cores"},
      {"cuda cores?|pipelines?|shading units|shader units|shaders|^shadern?$|\\bshadern\\b|shader-einheiten|stream processors|streamprozessoren|cœurs cuda|coeurs cuda|^cores$|gpu cores|^cuda\\s*/\\s*sps?$|^sps$", "cuda_cores"},
      {"streaming multiprocessors|^sms?$|sm count|compute units|xe2?.cores|^cus\\s*/\\s*sms$|^sms\\s*/\\s*cus$|^cus$", "sm_count"},
      {"pixel (fill )?rate", "pixel_rate"},
      {"texture (fill )?rate", "texture_rate"},
      {"\\brops?\\b|render output units?|raster operations", "rops"},
      {"\\btmus?\\b|texture (mapping )?units?", "tmus"},
      {"\\bmig (instances?|slices?|partitions?)|^\\s*mig\\s*$|multi-instance gpu|gpu instances", "mig_instances"},
      {"\\bnvenc\\b|video encoders?|encode engines?", "nvenc"},
      {"\\bnvdec\\b|video decoders?|decode engines?", "nvdec"},
      {"boost clock|boost", "boost_clock"},
      {"base clock|core clock|gpu clock|graphics clock", "base_clock"},
      {"architecture|^arch\\.?$", "architecture"},
      {"code ?name|gpu name|gpu chip|^chip$|^die$|gpu die|^gpu$|^graphics processor$", "code_name"},
      // "Process node", "Node (nm)"; never "GPUs per node" or "Nodes" in a cluster table.
      {"process|manufactur|fabrication|lithography|^\\s*(?:process |foundry |tech(?:nology)? )?node\\s*(?:\\(nm\\))?\\s*$", "process"},
      {"transistor", "transistors"},
      {"die (size|area)|^die$|chip size", "die_size"},
      {"hbm\\w* stacks|memory stacks|^stacks$", "hbm_stacks"},
      {"thermal design power|tdp|tgp|tbp|board power|power draw|power consumption|graphics power|max(imum)? power|^power$", "tdp"},
      {"vram|memory size|memory capacity|gpu memory|maximum memory|^memory$|memory config|video memory|graphics memory|memory and type|memory per (?:gpu|card|accelerator|device)|frame buffer|\\bhbm|^gddr|memory \\(gb\\)", "memory_size"},
      {"form factor|^\\s*modules?\\s*$|module type", "form_factor"},
      {"slot", "slot_width"},
      {"interface|bus$|pci", "interface"},
      {"^length$|card length|length", "length"},
      {"width|height|weight", ""},
      {"launch|release|announced|introduced", "launch_year"},
  });
  return cues;
}

}  // namespace extract
