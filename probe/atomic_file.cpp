// Temporary-file-and-rename output; tested in tests/probe/atomic_file_test.cpp.
#include "probe/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace probe {

std::optional<core::Error> write_file_atomically(const std::string& path, const std::string& content) {
  auto fail = [&path](const std::string& what) {
    return core::Error{core::ErrorCode::io, what + ": " + std::strerror(errno), {path}};
  };
  // Same directory as the target, so rename() never crosses file systems.
  std::string temp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail("cannot create temporary file " + temp);
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      core::Error e = fail("cannot write");
      ::close(fd);
      ::unlink(temp.c_str());
      return e;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    core::Error e = fail("cannot flush");
    ::unlink(temp.c_str());
    return e;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    core::Error e = fail("cannot rename " + temp + " to the output");
    ::unlink(temp.c_str());
    return e;
  }
  return std::nullopt;
}

}  // namespace probe
