// A stand-in libnvidia-ml for tests/probe/live_query_test.cpp: a few NVML symbols, one failing call, the rest missing.
// It lets the live path run on machines without a GPU: fields whose symbol is absent must
// come back unmeasured with a warning, never crash.
#include <cstring>

extern "C" {

struct FakeDevice {
  int unused;
};
static FakeDevice g_device;

int nvmlInit_v2() { return 0; }
int nvmlShutdown() { return 0; }
const char* nvmlErrorString(int rc) { return rc == 3 ? "Not Supported" : "Unknown Error"; }
int nvmlDeviceGetCount_v2(unsigned int* count) {
  *count = 1;
  return 0;
}
int nvmlDeviceGetHandleByIndex_v2(unsigned int index, FakeDevice** device) {
  if (index != 0) return 2;  // NVML_ERROR_INVALID_ARGUMENT
  *device = &g_device;
  return 0;
}
int nvmlDeviceGetName(FakeDevice*, char* name, unsigned int length) {
  std::strncpy(name, "NVIDIA L4", length);
  return 0;
}
int nvmlSystemGetDriverVersion(char* version, unsigned int length) {
  std::strncpy(version, "550.90.07", length);
  return 0;
}
struct FakeMemory {
  unsigned long long total, free, used;
};
int nvmlDeviceGetMemoryInfo(FakeDevice*, FakeMemory* memory) {
  memory->total = 23034ULL * 1024 * 1024;
  memory->free = memory->total;
  memory->used = 0;
  return 0;
}
int nvmlDeviceGetCudaComputeCapability(FakeDevice*, int* major, int* minor) {
  *major = 8;
  *minor = 9;
  return 0;
}
// Present but failing: the return code must be checked, not the output trusted.
int nvmlDeviceGetMemoryBusWidth(FakeDevice*, unsigned int* width) {
  *width = 999999;
  return 3;  // NVML_ERROR_NOT_SUPPORTED
}

}  // extern "C"
