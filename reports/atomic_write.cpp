// Atomic report writing with POSIX mkstemp + rename; tested in tests/reports/atomic_write_test.cpp.
#include "reports/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace reports {

namespace {
core::Error io_error(const std::string& path, const std::string& what, int err) {
  return core::Error{core::ErrorCode::io, what + ": " + std::strerror(err), core::Position{path}};
}

mode_t new_file_mode() {
  // umask can only be read by setting it; this runs once per report, in one thread.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}
}  // namespace

std::optional<core::Error> write_file_atomically(const std::string& path, std::string_view content) {
  if (path.empty()) return core::Error{core::ErrorCode::usage, "empty output path", {}};
  const size_t slash = path.find_last_of('/');
  const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.empty()) return core::Error{core::ErrorCode::usage, "output path names a directory", {path}};
  // Hidden name in the same directory: rename is only atomic within one file system.
  std::string temp = dir + "." + base + ".tmp.XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return io_error(path, "cannot create temporary file", errno);
  temp.assign(name.data());

  const auto fail = [&](const std::string& what, int err) {
    ::close(fd);
    ::unlink(temp.c_str());
    return io_error(path, what, err);
  };
  struct stat existing {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : new_file_mode();
  if (::fchmod(fd, mode) != 0) return fail("cannot set permissions", errno);
  size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed", errno);
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("cannot flush to disk", errno);
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return io_error(path, "write failed", err);
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return io_error(path, "cannot replace file", err);
  }
  return std::nullopt;
}

}  // namespace reports
