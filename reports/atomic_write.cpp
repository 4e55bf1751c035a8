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
constexpr size_t kBuffer = 64 * 1024;  // pieces are small; one write per 64 KiB keeps syscalls few

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

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  if (path_.empty()) {
    error_ = core::Error{core::ErrorCode::usage, "empty output path", {}};
    return;
  }
  const size_t slash = path_.find_last_of('/');
  const std::string dir = slash == std::string::npos ? std::string() : path_.substr(0, slash + 1);
  const std::string base = slash == std::string::npos ? path_ : path_.substr(slash + 1);
  if (base.empty()) {
    error_ = core::Error{core::ErrorCode::usage, "output path names a directory", {path_}};
    return;
  }
  // Hidden name in the same directory: rename is only atomic within one file system.
  std::string temp = dir + "." + base + ".tmp.XXXXXX";
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) {
    error_ = io_error(path_, "cannot create temporary file", errno);
    return;
  }
  temp_.assign(name.data());
  struct stat existing {};
  const mode_t mode = ::stat(path_.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : new_file_mode();
  if (::fchmod(fd_, mode) != 0) fail("cannot set permissions", errno);
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

std::optional<core::Error> AtomicFile::fail(const std::string& what, int err) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
  error_ = io_error(path_, what, err);
  return error_;
}

std::optional<core::Error> AtomicFile::write_all(std::string_view data) {
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd_, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed", errno);
    }
    written += static_cast<size_t>(n);
  }
  return std::nullopt;
}

std::optional<core::Error> AtomicFile::append(std::string_view piece) {
  if (error_) return error_;
  if (buffer_.size() + piece.size() < kBuffer) {
    buffer_.append(piece);
    return std::nullopt;
  }
  // A large piece (a whole page) goes straight through rather than through a copy.
  if (auto e = write_all(buffer_)) return e;
  buffer_.clear();
  return write_all(piece);
}

std::optional<core::Error> AtomicFile::commit() {
  if (error_) return error_;
  if (auto e = write_all(buffer_)) return e;
  buffer_.clear();
  if (::fsync(fd_) != 0) return fail("cannot flush to disk", errno);
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return fail("write failed", errno);
  if (::rename(temp_.c_str(), path_.c_str()) != 0) return fail("cannot replace file", errno);
  temp_.clear();  // renamed: nothing left to remove
  return std::nullopt;
}

std::optional<core::Error> write_file_atomically(const std::string& path, std::string_view content) {
  AtomicFile file(path);
  if (file.error()) return file.error();
  if (auto e = file.append(content)) return e;
  return file.commit();
}

}  // namespace reports
