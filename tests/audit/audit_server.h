// Shared by tests/audit/: serves a folder with tests/fixtures/audit/serve_dir.py for one test.
#pragma once
#include <string>

#include "tests/local_server.h"

namespace audit_test {

class DirServer : public test_support::LocalServer {
 public:
  explicit DirServer(const std::string& dir)
      : LocalServer(std::string(FACTCHECK_FIXTURES) + "/audit/serve_dir.py", {dir}) {}
};

}  // namespace audit_test
