// The slice of the CUDA driver API we call, declared here because nothing CUDA is present at build time; used by live_query.cpp, tested in tests/probe/live_query_test.cpp.
#pragma once

// Values from NVIDIA's cuda.h (enum CUdevice_attribute_enum, CUDA 12/13). We read device
// attributes instead of cudaDeviceProp: CUDA 13 removed clockRate and memoryClockRate from
// cudaDeviceProp, while the driver attributes below remain.
namespace probe::cuda {

using Result = int;  // CUresult
inline constexpr Result kSuccess = 0;  // CUDA_SUCCESS
using Device = int;  // CUdevice

enum Attribute : int {
  kClockRate = 13,                  // CU_DEVICE_ATTRIBUTE_CLOCK_RATE, kHz
  kMultiprocessorCount = 16,        // CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT
  kPciBusId = 33,                   // CU_DEVICE_ATTRIBUTE_PCI_BUS_ID
  kPciDeviceId = 34,                // CU_DEVICE_ATTRIBUTE_PCI_DEVICE_ID
  kMemoryClockRate = 36,            // CU_DEVICE_ATTRIBUTE_MEMORY_CLOCK_RATE, kHz
  kGlobalMemoryBusWidth = 37,       // CU_DEVICE_ATTRIBUTE_GLOBAL_MEMORY_BUS_WIDTH, bits
  kL2CacheSize = 38,                // CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE, bytes
  kPciDomainId = 50,                // CU_DEVICE_ATTRIBUTE_PCI_DOMAIN_ID
  kComputeCapabilityMajor = 75,     // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
  kComputeCapabilityMinor = 76,     // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR
};

using InitFn = Result (*)(unsigned int);                 // cuInit
using DriverGetVersionFn = Result (*)(int*);             // cuDriverGetVersion
using DeviceGetCountFn = Result (*)(int*);               // cuDeviceGetCount
using DeviceGetFn = Result (*)(Device*, int);            // cuDeviceGet
using DeviceGetAttributeFn = Result (*)(int*, int, Device);  // cuDeviceGetAttribute
using GetErrorStringFn = Result (*)(Result, const char**);   // cuGetErrorString

}  // namespace probe::cuda
