// Field vocabulary table; tested in tests/core/field_test.cpp.
#include "core/field.h"

namespace core {

const std::vector<FieldInfo>& value_fields() {
  using D = Dimension;
  using T = FieldType;
  static const std::vector<FieldInfo> fields{
      {"memory_size", T::number, D::bytes, "GB", "memory size"},
      {"memory_type", T::text, D::count, "", "memory type"},
      {"memory_bus_width", T::number, D::bits, "bit", "memory bus width"},
      {"memory_bandwidth", T::number, D::bandwidth, "GB/s", "memory bandwidth", "interconnect_bandwidth"},
      {"memory_data_rate", T::number, D::data_rate, "Gbps", "memory data rate"},
      {"memory_clock", T::number, D::frequency, "MHz", "memory clock"},
      {"tdp", T::number, D::power, "W", "TDP", {}, false, true},
      {"architecture", T::text, D::count, "", "architecture"},
      {"code_name", T::text, D::count, "", "GPU die"},
      {"process", T::number, D::length, "nm", "process node"},
      {"cuda_cores", T::number, D::count, "", "CUDA cores"},
      {"tensor_cores", T::number, D::count, "", "Tensor Cores", {}, true},
      {"rt_cores", T::number, D::count, "", "RT cores", {}, true},
      {"sm_count", T::number, D::count, "", "SM count"},
      {"base_clock", T::number, D::frequency, "MHz", "base clock", {}, false, true},
      {"boost_clock", T::number, D::frequency, "MHz", "boost clock", {}, false, true},
      // A board partner picks its own outputs, connectors, cooler size and length.
      {"display_outputs", T::text, D::count, "", "display outputs", {}, false, true},
      {"power_connectors", T::text, D::count, "", "power connectors", {}, false, true},
      {"slot_width", T::text, D::count, "", "slot width", {}, false, true},
      {"length", T::number, D::length, "mm", "card length", {}, false, true},
      {"interface", T::text, D::count, "", "host interface"},
      {"form_factor", T::text, D::count, "", "form factor"},
      {"transistors", T::number, D::count, "billion", "transistor count"},
      {"pixel_rate", T::number, D::pixel_rate, "GPixel/s", "pixel fill rate"},
      {"texture_rate", T::number, D::texture_rate, "GTexel/s", "texture fill rate"},
      {"fp64_tflops", T::number, D::flops, "TFLOPS", "FP64 throughput"},
      {"fp32_tflops", T::number, D::flops, "TFLOPS", "FP32 throughput"},
      {"fp16_tflops", T::number, D::flops, "TFLOPS", "FP16 (non-tensor) throughput"},
      {"fp16_tensor_tflops", T::number, D::flops, "TFLOPS", "FP16 Tensor Core throughput"},
      {"int8_tops", T::number, D::ops, "TOPS", "INT8 Tensor throughput"},
      {"l2_cache", T::number, D::bytes, "MB", "L2 cache", "l3_cache"},
      {"launch_year", T::number, D::count, "", "launch year"},
      // Fields real errors need beyond the seed vocabulary (score.py files them under "other").
      {"tf32_tensor_tflops", T::number, D::flops, "TFLOPS", "TF32 Tensor Core throughput"},
      {"fp8_tensor_tflops", T::number, D::flops, "TFLOPS", "FP8 Tensor Core throughput"},
      {"fp4_tensor_tflops", T::number, D::flops, "TFLOPS", "FP4 Tensor Core throughput"},
      {"fp64_tensor_tflops", T::number, D::flops, "TFLOPS", "FP64 Tensor Core throughput"},
      {"interconnect", T::text, D::count, "", "GPU interconnect"},
      {"interconnect_bandwidth", T::number, D::bandwidth, "GB/s", "GPU interconnect bandwidth", "host_interface_bandwidth"},
      // PCIe (or the host link of a module) both ways, as vendors state it: 64 GB/s for Gen4 x16.
      {"host_interface_bandwidth", T::number, D::bandwidth, "GB/s", "host interface bandwidth"},
      // Only where it differs from the FP16 Tensor rate (half on CDNA 1) or is absent (0 on
      // Volta and Turing); a BF16 claim is judged against it first (claim.precision).
      {"bf16_tensor_tflops", T::number, D::flops, "TFLOPS", "BF16 Tensor Core throughput"},
      {"structured_sparsity", T::text, D::count, "", "structured sparsity support"},
      {"hbm_stacks", T::number, D::count, "", "HBM stack count"},
      {"die_size", T::number, D::area, "mm2", "die size"},
      {"tmus", T::number, D::count, "", "texture units"},
      {"rops", T::number, D::count, "", "ROPs"},
      {"l3_cache", T::number, D::bytes, "MB", "L3 / Infinity Cache"},
      {"nvenc", T::number, D::count, "", "video encoders"},
      {"nvdec", T::number, D::count, "", "video decoders"},
      {"mig_instances", T::number, D::count, "", "MIG instances", {}, false, false, true},
      {"ecc", T::text, D::count, "", "ECC memory support"},
  };
  return fields;
}

const FieldInfo* find_field(std::string_view name) {
  for (const auto& f : value_fields()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

bool is_claim_kind_field(std::string_view name) {
  return name == "comparison" || name == "ratio" || name == "arithmetic" || name == "feasibility";
}

}  // namespace core
