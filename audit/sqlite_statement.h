// Thin RAII wrappers over sqlite3 statements and transactions, and a cache of statements prepared once per connection; used by audit/history_*.cpp, tested through tests/audit/units_test.cpp.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <string>

namespace audit {

// One statement in use. Either owned (prepared here, finalized at the end of scope) or
// borrowed from a StatementCache (reset and unbound at the end of scope, kept prepared).
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : owned_(true) { sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  explicit Statement(sqlite3_stmt* prepared) : s_(prepared), owned_(false) {}
  ~Statement() {
    if (owned_) {
      sqlite3_finalize(s_);
    } else if (s_) {
      sqlite3_reset(s_);
      sqlite3_clear_bindings(s_);
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  bool ok() const { return s_ != nullptr; }
  Statement& bind(int i, const std::string& v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& blob(int i, const std::string& v) {
    sqlite3_bind_blob(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Statement& bind(int i, double v) {
    sqlite3_bind_double(s_, i, v);
    return *this;
  }
  // SQLITE_ROW while rows come, SQLITE_DONE at the end.
  int step() { return sqlite3_step(s_); }
  // Steps a write once and makes the statement ready for the next bindings.
  bool run() {
    int rc = step();
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return rc == SQLITE_DONE;
  }
  std::string text(int c) const {
    const unsigned char* t = sqlite3_column_text(s_, c);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  std::string bytes(int c) const {
    const void* b = sqlite3_column_blob(s_, c);
    return b ? std::string(static_cast<const char*>(b), static_cast<size_t>(sqlite3_column_bytes(s_, c))) : "";
  }
  int64_t integer(int c) const { return sqlite3_column_int64(s_, c); }
  double real(int c) const { return sqlite3_column_double(s_, c); }

 private:
  sqlite3_stmt* s_ = nullptr;
  bool owned_;
};

// The statements a run executes per source, compiled once rather than once per source:
// preparing costs more than the insert it prepares for.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  ~StatementCache() {
    for (auto& [sql, s] : prepared_) sqlite3_finalize(s);
  }
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;
  // Null when `sql` does not compile; Statement then reports !ok().
  sqlite3_stmt* get(const std::string& sql) {
    sqlite3_stmt*& s = prepared_[sql];
    if (!s) sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    return s;
  }

 private:
  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*> prepared_;
};

// Rolls back unless committed: an error half way through leaves nothing of it.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { ok_ = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK; }
  ~Transaction() {
    if (ok_ && !done_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  bool ok() const { return ok_; }
  bool commit() {
    done_ = true;
    return sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
  }

 private:
  sqlite3* db_;
  bool ok_ = false, done_ = false;
};

}  // namespace audit
