// Position-keeping JSON reader for catalog files; tested in tests/catalog/json_reader_test.cpp.
#include <charconv>
#include <cstdint>

#include "catalog/json_node.h"

namespace catalog::json {

const char* to_string(Kind kind) {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::boolean: return "boolean";
    case Kind::number: return "number";
    case Kind::string: return "string";
    case Kind::array: return "array";
    case Kind::object: return "object";
  }
  return "value";
}

const Node* Node::get(std::string_view key) const {
  for (const auto& m : members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

namespace {

// Deep enough for any catalog file, shallow enough that hostile input cannot overflow the stack.
constexpr int kMaxDepth = 128;

struct Failure {
  size_t offset;
  std::string message;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  Node document() {
    skip_space();
    Node root = value(0);
    skip_space();
    if (pos_ < s_.size()) fail("unexpected " + describe_here() + " after the JSON value");
    return root;
  }

 private:
  [[noreturn]] void fail(std::string message) { throw Failure{pos_, std::move(message)}; }

  std::string describe_here() const {
    if (pos_ >= s_.size()) return "end of file";
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c < 0x20 || c >= 0x7F) return "byte 0x" + hex(c);
    return std::string("'") + static_cast<char>(c) + "'";
  }

  static std::string hex(unsigned value) {
    const char* digits = "0123456789ABCDEF";
    return {digits[(value >> 4) & 0xF], digits[value & 0xF]};
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  Node value(int depth) {
    if (depth > kMaxDepth) fail("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
    if (pos_ >= s_.size()) fail("unexpected end of file, expected a value");
    Node node;
    node.offset = pos_;
    char c = s_[pos_];
    if (c == '{') {
      object(node, depth);
    } else if (c == '[') {
      array(node, depth);
    } else if (c == '"') {
      node.kind = Kind::string;
      node.text = string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      node.kind = Kind::number;
      node.number = number();
    } else if (literal("true")) {
      node.kind = Kind::boolean;
      node.boolean = true;
    } else if (literal("false")) {
      node.kind = Kind::boolean;
    } else if (literal("null")) {
      node.kind = Kind::null;
    } else {
      fail("unexpected " + describe_here() + ", expected a value");
    }
    return node;
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  void object(Node& node, int depth) {
    node.kind = Kind::object;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      return;
    }
    while (true) {
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '"') {
        fail("unexpected " + describe_here() + ", expected a quoted object key");
      }
      Member member;
      member.key_offset = pos_;
      member.key = string();
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':') fail("unexpected " + describe_here() + ", expected ':' after the key");
      ++pos_;
      skip_space();
      member.value = value(depth + 1);
      node.members.push_back(std::move(member));
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        trailing_comma('}');
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') {
        ++pos_;
        return;
      }
      fail("unexpected " + describe_here() + ", expected ',' or '}' after an object member");
    }
  }

  void array(Node& node, int depth) {
    node.kind = Kind::array;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      ++pos_;
      return;
    }
    while (true) {
      skip_space();
      node.items.push_back(value(depth + 1));
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        trailing_comma(']');
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') {
        ++pos_;
        return;
      }
      fail("unexpected " + describe_here() + ", expected ',' or ']' after an array element");
    }
  }

  // Steps over a comma; the most common hand-editing slip, a comma before the closing
  // bracket, is reported at the comma itself, where the fix is.
  void trailing_comma(char closer) {
    size_t comma = pos_++;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == closer) {
      pos_ = comma;
      fail(std::string("trailing comma before '") + closer + "'");
    }
  }

  double number() {
    size_t start = pos_;
    if (s_[pos_] == '-') ++pos_;
    if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("expected a digit in number");
    if (s_[pos_] == '0' && pos_ + 1 < s_.size() && is_digit(s_[pos_ + 1])) {
      ++pos_;
      fail("leading zeros are not allowed in JSON numbers");
    }
    while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("expected a digit after the decimal point");
      while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("expected a digit in the exponent");
      while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
    }
    double out = 0;
    auto [ptr, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, out);
    if (ec != std::errc() || ptr != s_.data() + pos_) {
      pos_ = start;
      fail("number out of range");
    }
    return out;
  }

  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  std::string string() {
    ++pos_;  // opening quote
    std::string out;
    while (true) {
      if (pos_ >= s_.size()) fail("unterminated string");
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return out;
      }
      if (c == '\\') {
        escape(out);
      } else if (c < 0x20) {
        fail(c == '\n' ? "unterminated string (line break inside a string)" : "control character 0x" + hex(c) + " inside a string must be escaped");
      } else if (c < 0x80) {
        out += static_cast<char>(c);
        ++pos_;
      } else {
        utf8_sequence(out);
      }
    }
  }

  void utf8_sequence(std::string& out) {
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4) fail("invalid UTF-8 byte 0x" + hex(c));
    if (pos_ + static_cast<size_t>(length) > s_.size()) fail("truncated UTF-8 sequence");
    for (int i = 1; i < length; ++i) {
      unsigned char next = static_cast<unsigned char>(s_[pos_ + static_cast<size_t>(i)]);
      if ((next & 0xC0) != 0x80) fail("invalid UTF-8 sequence");
    }
    out.append(s_.substr(pos_, static_cast<size_t>(length)));
    pos_ += static_cast<size_t>(length);
  }

  void escape(std::string& out) {
    ++pos_;
    if (pos_ >= s_.size()) fail("unterminated string");
    char c = s_[pos_];
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        --pos_;  // point errors at the backslash
        uint32_t code = hex4();
        if (code >= 0xD800 && code <= 0xDBFF) {
          if (s_.substr(pos_, 2) != "\\u") fail("unpaired UTF-16 surrogate in \\u escape");
          uint32_t low = hex4();
          if (low < 0xDC00 || low > 0xDFFF) fail("unpaired UTF-16 surrogate in \\u escape");
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
          fail("unpaired UTF-16 surrogate in \\u escape");
        }
        append_utf8(out, code);
        return;  // hex4 left pos_ after the last hex digit
      }
      default:
        --pos_;
        fail(std::string("invalid escape '\\") + c + "' in string");
    }
    ++pos_;
  }

  // Reads "\uXXXX" starting at the backslash; leaves pos_ after the last digit.
  uint32_t hex4() {
    size_t start = pos_;
    pos_ += 2;
    uint32_t code = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (pos_ >= s_.size()) fail("unterminated string");
      char h = s_[pos_];
      int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) {
        pos_ = start;
        fail("\\u must be followed by four hex digits");
      }
      code = code * 16 + static_cast<uint32_t>(digit);
    }
    return code;
  }

  static void append_utf8(std::string& out, uint32_t code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

core::Result<Node> parse(const core::Source& source) {
  Reader reader(source.bytes());
  try {
    return reader.document();
  } catch (const Failure& f) {
    return core::Error{core::ErrorCode::parse, f.message, source.position(f.offset)};
  }
}

}  // namespace catalog::json
