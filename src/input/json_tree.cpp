#include "input/json_tree.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "offercalc/parse.hpp"
#include "offercalc/text.hpp"

namespace offercalc::detail {

const JNode* JNode::find(std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return items[i].kind == Kind::Null ? nullptr : &items[i];
    return nullptr;
}

JNode* JNode::slot(std::string_view key) {
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::string join_path(const std::string& parent, std::string_view key) {
    return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

std::string index_path(const std::string& parent, std::size_t i) { return fmt::format("{}[{}]", parent, i); }

namespace {

/// SAX handler building a JNode tree; stops at the first problem.
constexpr std::size_t kMaxKeys = 256;  // keeps the duplicate check linear and cheap

/// "LINE:COL" of text[at], both from 1.
std::string position_of(std::string_view text, std::size_t at) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return fmt::format("{}:{}", line, column);
}

class Builder {
public:
    using json = nlohmann::json;
    Builder(JNode& root, std::string_view text) : root_(root), text_(text) {}

    bool null() { return leaf(JNode::Kind::Null); }
    bool boolean(bool b) {
        JNode* n = place();
        n->kind = JNode::Kind::Bool;
        n->boolean = b;
        return true;
    }
    // nlohmann gives an integer's value, not its text, and "-0" reads as 0: every
    // number's text is taken from the document instead (a message then shows -0 as typed).
    bool number_integer(json::number_integer_t v) {
        std::string text = next_number();
        return number(v == 0 ? std::move(text) : std::to_string(v));
    }
    bool number_unsigned(json::number_unsigned_t v) {
        next_number();
        return number(std::to_string(v));
    }
    bool number_float(json::number_float_t, const std::string& raw) {
        next_number();
        return number(raw);
    }
    bool string(std::string& s) {
        JNode* n = place();
        n->kind = JNode::Kind::String;
        n->text = std::move(s);
        return true;
    }
    bool binary(json::binary_t&) { return false; }
    bool start_object(std::size_t) { return open(JNode::Kind::Object); }
    bool key(std::string& k) {
        JNode* top = stack_.back();
        if (top->keys.size() >= kMaxKeys) {
            error = fmt::format("{}: object with more than {} keys", current_path(), kMaxKeys);
            return false;
        }
        if (std::find(top->keys.begin(), top->keys.end(), k) != top->keys.end()) {
            error = visible(fmt::format("{}: duplicate key \"{}\"", path_of(k), k));
            return false;
        }
        pending_key_ = std::move(k);
        return true;
    }
    bool end_object() {
        stack_.pop_back();
        return true;
    }
    bool start_array(std::size_t) { return open(JNode::Kind::Array); }
    bool end_array() {
        stack_.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& ex) {
        if (ex.id == 406) {  // out_of_range.406: valid JSON, but a number too large for a double
            error = visible(fmt::format("{}: expected a number of at most about 1.8e308 in size, found {}",
                                        value_path(), token.size() > 40 ? token.substr(0, 40) + "..." : token));
            failed_at = position;
            return false;
        }
        // nlohmann's message: "[json.exception.KIND.N] parse error at line L, column C:
        // what went wrong". Keep the explanation; count the line and column ourselves.
        std::string detail = ex.what();
        const auto tag = detail.find("] ");
        if (tag != std::string::npos) detail.erase(0, tag + 2);
        const auto colon = detail.find(": ");
        if (detail.rfind("parse error", 0) == 0 && colon != std::string::npos) detail.erase(0, colon + 2);
        // The "last read" excerpt may hold raw bytes of a binary file: show them as \xNN.
        std::string printable;
        for (unsigned char c : detail) {
            if (c < 0x20 || c >= 0x7f) printable += fmt::format("\\x{:02x}", c);
            else printable += static_cast<char>(c);
        }
        detail = std::move(printable);
        // nlohmann counts the bytes read: the last one read is where it failed, or the
        // end of the text when it read past it.
        const std::size_t at = position > text_.size() ? text_.size() : position > 0 ? position - 1 : 0;
        error = fmt::format("{}: malformed JSON: {}", position_of(text_, at), detail);
        failed_at = position;
        return false;
    }

    std::string error;
    std::size_t failed_at = 0;  ///< bytes read when the text was found malformed (0: another error)

private:
    bool number(std::string text) {
        JNode* n = place();
        n->kind = JNode::Kind::Number;
        n->text = std::move(text);
        return true;
    }
    bool leaf(JNode::Kind k) {
        place()->kind = k;
        return true;
    }
    bool open(JNode::Kind k) {
        if (static_cast<int>(stack_.size()) >= kMaxDepth) {
            error = fmt::format("{}: nesting deeper than {} levels", current_path(), kMaxDepth);
            return false;
        }
        JNode* n = place();
        n->kind = k;
        stack_.push_back(n);
        return true;
    }
    // Where the next value goes. Parents' vectors do not grow while a child is open,
    // so the pointers on the stack stay valid.
    JNode* place() {
        if (stack_.empty()) return &root_;
        JNode* top = stack_.back();
        if (top->kind == JNode::Kind::Object) top->keys.push_back(std::move(pending_key_));
        top->items.emplace_back();
        return &top->items.back();
    }
    std::string current_path() const {
        std::string p;
        for (std::size_t i = 1; i < stack_.size(); ++i) {
            const JNode* parent = stack_[i - 1];
            p = parent->kind == JNode::Kind::Object ? join_path(p, parent->keys.back())
                                                    : index_path(p, parent->items.size() - 1);
        }
        return p.empty() ? "(top level)" : p;
    }
    /// The text of the next number in the document: SAX reports numbers in the order
    /// they appear, and outside strings only a number holds '-' or a digit.
    std::string next_number() {
        while (scan_ < text_.size()) {
            const char c = text_[scan_];
            if (c == '"') {
                for (++scan_; scan_ < text_.size() && text_[scan_] != '"'; ++scan_)
                    if (text_[scan_] == '\\') ++scan_;
                ++scan_;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                const std::size_t start = scan_;
                while (scan_ < text_.size() &&
                       std::string_view("+-.0123456789eE").find(text_[scan_]) != std::string_view::npos)
                    ++scan_;
                return std::string(text_.substr(start, scan_ - start));
            } else {
                ++scan_;
            }
        }
        return "0";
    }
    /// The path of the value being read: the pending key's, or the next item's.
    std::string value_path() const {
        if (stack_.empty()) return "(top level)";
        const std::string p = current_path();
        const std::string parent = p == "(top level)" ? "" : p;
        const JNode* top = stack_.back();
        return top->kind == JNode::Kind::Object ? join_path(parent, pending_key_)
                                                : index_path(parent, top->items.size());
    }
    std::string path_of(const std::string& key) const {
        const std::string p = current_path();
        return join_path(p == "(top level)" ? "" : p, key);
    }

    JNode& root_;
    std::string_view text_;
    std::size_t scan_ = 0;  ///< next_number()'s place in text_
    std::vector<JNode*> stack_;
    std::string pending_key_;
};

/// nlohmann's SAX parser into a tree, also giving the bytes read when the text was
/// found malformed.
bool parse_full(std::string_view text, JNode& out, std::string& error, std::size_t& failed_at) {
    out = JNode{};
    Builder b(out, text);
    const bool ok = nlohmann::json::sax_parse(text, &b);
    if (!ok) error = b.error.empty() ? "malformed JSON" : b.error;
    failed_at = b.failed_at;
    return ok;
}

}  // namespace

bool parse_json(std::string_view text, JNode& out, std::string& error) {
    std::size_t failed_at = 0;
    const bool ok = parse_full(text, out, error, failed_at);
    // nlohmann's reader takes a NUL byte for the end of the text, so the document
    // would end there, cut short or complete. JSON never holds one: say so, and where.
    const std::size_t nul = text.find('\0');
    if (nul == std::string_view::npos || (!ok && failed_at <= nul)) return ok;
    std::string what = "expected nothing after the JSON value";
    if (text.substr(0, nul).find_first_not_of(" \t\r\n") == std::string_view::npos) {
        what = "expected a JSON value";
    } else if (!ok) {
        // nlohmann's "unexpected end of input; expected '[', '{', or a literal"
        const auto expected = error.find("end of input; expected ");
        what = expected == std::string::npos ? "expected JSON text" : error.substr(expected + 14);
    }
    out = JNode{};
    error = fmt::format("{}: malformed JSON: {}, found a NUL byte (\\x00)", position_of(text, nul), what);
    return false;
}

std::string describe(const JNode& n) {
    switch (n.kind) {
        case JNode::Kind::Null: return "null";
        case JNode::Kind::Bool: return n.boolean ? "true" : "false";
        case JNode::Kind::Number: return n.text.size() > 40 ? n.text.substr(0, 40) + "..." : n.text;
        case JNode::Kind::String: {
            // In quotes, a quote and a backslash are escaped with a backslash; everything
            // else as visible() shows it (offercalc's one escape style: "\e", "\x07").
            const std::string s = n.text.size() > 40 ? cut_to_width(n.text, 40) + "..." : n.text;
            std::string quoted = "\"";
            for (const char c : s) {
                if (c == '"' || c == '\\') quoted += '\\';
                quoted += c;
            }
            return visible(quoted) + '"';
        }
        case JNode::Kind::Array: return n.items.empty() ? "an empty array" : "an array";
        case JNode::Kind::Object: return n.items.empty() ? "an empty object" : "an object";
    }
    return "?";
}

}  // namespace offercalc::detail
