# Compiler settings shared by every target: warnings, sanitizers, fuzzing.
# Included by the top-level CMakeLists.txt; paths are the project's.

# Settings shared by every target, kept in INTERFACE targets.
add_library(offercalc_warnings INTERFACE)
target_compile_options(offercalc_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                       -Wno-sign-conversion $<$<BOOL:${OFFERCALC_WERROR}>:-Werror>)
# Release at -O2, not CMake's -O3: g++ 12 at -O3 warns falsely of overlapping copies
# in std::string's operator+ (-Wrestrict; GCC bug 105329), which -Werror turns into a
# failed build, and -O3 compiles slower for no measured gain.
string(REPLACE "-O3" "-O2" CMAKE_CXX_FLAGS_RELEASE "${CMAKE_CXX_FLAGS_RELEASE}")

# OFFERCALC_SANITIZE: address, undefined and thread, as a list; ON is address;undefined, OFF none.
add_library(offercalc_sanitizers INTERFACE)
if(OFFERCALC_SANITIZE STREQUAL "ON")
  set(OFFERCALC_SANITIZE address undefined)
elseif(NOT OFFERCALC_SANITIZE)  # OFF, NO, 0 or empty
  set(OFFERCALC_SANITIZE "")
endif()
foreach(sanitizer IN LISTS OFFERCALC_SANITIZE)
  if(NOT sanitizer MATCHES "^(address|undefined|thread)$")
    message(FATAL_ERROR "OFFERCALC_SANITIZE: \"${sanitizer}\" is not address, undefined or thread")
  endif()
endforeach()
if("thread" IN_LIST OFFERCALC_SANITIZE AND "address" IN_LIST OFFERCALC_SANITIZE)
  message(FATAL_ERROR "OFFERCALC_SANITIZE: thread and address cannot be combined; build twice")
endif()
if(OFFERCALC_SANITIZE)
  list(JOIN OFFERCALC_SANITIZE "," OFFERCALC_SANITIZERS)
  target_compile_options(offercalc_sanitizers INTERFACE -fsanitize=${OFFERCALC_SANITIZERS}
                         -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(offercalc_sanitizers INTERFACE -fsanitize=${OFFERCALC_SANITIZERS})
endif()

if(OFFERCALC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "OFFERCALC_FUZZ needs clang: CXX=clang++ cmake -DOFFERCALC_FUZZ=ON ...")
  endif()
  # Everything is instrumented for coverage and checked by ASan and UBSan.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
