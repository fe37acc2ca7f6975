# Sources generated from data/: the tax table (at build time) and the JSON Schemas.
# Included by the top-level CMakeLists.txt; paths are the project's.

# The tax table: the newest data/tax/YEAR.json, built into the library as text.
file(GLOB OFFERCALC_TAX_TABLES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/tax/*.json)
list(SORT OFFERCALC_TAX_TABLES COMPARE NATURAL)
list(GET OFFERCALC_TAX_TABLES -1 OFFERCALC_TAX_TABLE)
get_filename_component(OFFERCALC_TAX_TABLE_NAME ${OFFERCALC_TAX_TABLE} NAME)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/generated)
# The library's own reader of the table (src/tax/table.cpp) runs at build time to write
# generated/tax_data.cpp: the table's text, its year and its places. There is no other
# reader of the table.
# The reader is compiled once, for the generator and the library.
add_library(offercalc_tax_table OBJECT src/tax/table.cpp)
target_include_directories(offercalc_tax_table PRIVATE include src)
target_link_libraries(offercalc_tax_table PRIVATE fmt::fmt nlohmann_json::nlohmann_json offercalc_warnings
                      offercalc_sanitizers)
add_executable(offercalc_generate_tax_data src/tax/generate_tax_data.cpp $<TARGET_OBJECTS:offercalc_tax_table>)
target_include_directories(offercalc_generate_tax_data PRIVATE include src)
target_link_libraries(offercalc_generate_tax_data PRIVATE fmt::fmt offercalc_warnings offercalc_sanitizers)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/generated/tax_data.cpp
                   COMMAND offercalc_generate_tax_data ${OFFERCALC_TAX_TABLE}
                           ${CMAKE_CURRENT_BINARY_DIR}/generated/tax_data.cpp
                   DEPENDS offercalc_generate_tax_data ${OFFERCALC_TAX_TABLE}
                   COMMENT "Reading the tax table ${OFFERCALC_TAX_TABLE_NAME}" VERBATIM)
# The JSON Schemas (the offer file's and each command's output), built in for
# `offercalc schema NAME`, copied where `offercalc init` finds them from the build
# tree, and installed.
file(GLOB OFFERCALC_SCHEMAS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/schemas/*.schema.json)
list(SORT OFFERCALC_SCHEMAS)
set(OFFERCALC_SCHEMA_ENTRIES "")
foreach(schema ${OFFERCALC_SCHEMAS})
  get_filename_component(schema_file ${schema} NAME)
  string(REPLACE ".schema.json" "" schema_name ${schema_file})
  file(READ ${schema} schema_text)
  string(APPEND OFFERCALC_SCHEMA_ENTRIES "    {\"${schema_name}\", R\"offercalc_schema(${schema_text})offercalc_schema\"},\n")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${schema})
  configure_file(${schema} ${CMAKE_CURRENT_BINARY_DIR}/share/offercalc/schemas/${schema_file} COPYONLY)
endforeach()
configure_file(src/render/schema_data.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/generated/schema_data.cpp @ONLY)
