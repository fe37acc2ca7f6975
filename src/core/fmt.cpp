// fmt's implementation, compiled once for the whole library. Every other file
// includes fmt's headers without FMT_HEADER_ONLY, so it parses only the interface
// (about 1 s a file instead of 5 s). Debian ships fmt's shared library only, and the
// command is linked statically, so the library carries these definitions itself.
#include <fmt/format-inl.h>

namespace fmt {
inline namespace v9 {
namespace detail {
// The templates format.h declares `extern` and expects a compiled fmt to provide.
template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API void buffer<char>::append(const char*, const char*);
}  // namespace detail
}  // namespace v9
}  // namespace fmt
