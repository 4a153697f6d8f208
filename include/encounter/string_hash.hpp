// A hash for unordered maps keyed by std::string that are searched with a std::string_view,
// without building a string per lookup (with std::equal_to<> as the key equality).
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace encounter {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace encounter
