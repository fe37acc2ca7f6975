#pragma once

#include <string_view>

namespace offercalc {

/// The JSON Schema (draft 2020-12) of an offer file, with a description for every
/// field: what `offercalc schema offer` prints and share/offercalc/schemas holds.
std::string_view offer_schema();

}  // namespace offercalc
