// The slice of NVML we call, declared here because nothing CUDA is present at build time; used by live_query.cpp, tested in tests/probe/live_query_test.cpp.
#pragma once

// Types, constants and signatures copied in meaning from NVIDIA's nvml.h (NVML API
// reference, R525+). Only what live_query.cpp resolves with dlsym; every symbol is
// optional at run time except init, count and handle lookup.
namespace probe::nvml {

using Return = int;  // nvmlReturn_t
inline constexpr Return kSuccess = 0;            // NVML_SUCCESS
inline constexpr Return kErrorNotSupported = 3;  // NVML_ERROR_NOT_SUPPORTED

using Device = struct DeviceOpaque*;  // nvmlDevice_t

inline constexpr int kClockSm = 1;   // NVML_CLOCK_SM (nvmlClockType_t)
inline constexpr int kClockMem = 2;  // NVML_CLOCK_MEM

inline constexpr unsigned kNameBufferSize = 96;           // NVML_DEVICE_NAME_V2_BUFFER_SIZE
inline constexpr unsigned kUuidBufferSize = 96;           // NVML_DEVICE_UUID_V2_BUFFER_SIZE
inline constexpr unsigned kDriverVersionBufferSize = 80;  // NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE

struct Memory {  // nvmlMemory_t
  unsigned long long total;
  unsigned long long free;
  unsigned long long used;
};

struct PciInfo {  // nvmlPciInfo_t as filled by nvmlDeviceGetPciInfo_v3
  char busIdLegacy[16];
  unsigned int domain;
  unsigned int bus;
  unsigned int device;
  unsigned int pciDeviceId;
  unsigned int pciSubSystemId;
  char busId[32];
};

using InitFn = Return (*)();                                        // nvmlInit_v2, nvmlShutdown
using ErrorStringFn = const char* (*)(Return);                      // nvmlErrorString
using GetCountFn = Return (*)(unsigned int*);                       // nvmlDeviceGetCount_v2
using GetHandleFn = Return (*)(unsigned int, Device*);              // nvmlDeviceGetHandleByIndex_v2
using GetStringFn = Return (*)(Device, char*, unsigned int);        // nvmlDeviceGetName, nvmlDeviceGetUUID
using GetSystemStringFn = Return (*)(char*, unsigned int);          // nvmlSystemGetDriverVersion
using GetSystemIntFn = Return (*)(int*);                            // nvmlSystemGetCudaDriverVersion_v2
using GetPciFn = Return (*)(Device, PciInfo*);                      // nvmlDeviceGetPciInfo_v3
using GetComputeCapabilityFn = Return (*)(Device, int*, int*);      // nvmlDeviceGetCudaComputeCapability
using GetMemoryFn = Return (*)(Device, Memory*);                    // nvmlDeviceGetMemoryInfo
using GetUintFn = Return (*)(Device, unsigned int*);                // bus width, power limit, PCIe gen/width
using GetClockFn = Return (*)(Device, int, unsigned int*);          // nvmlDeviceGetMaxClockInfo
using GetUintPairFn = Return (*)(Device, unsigned int*, unsigned int*);  // limit constraints, MIG mode
using GetEnableStateFn = Return (*)(Device, int*);                  // display mode/active (nvmlEnableState_t)

}  // namespace probe::nvml
