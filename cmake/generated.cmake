# Sources generated at configure time from data/: the tax table and the JSON Schemas.
# Included by the top-level CMakeLists.txt; paths are the project's.

# The tax table: the newest data/tax/YEAR.json, built into the library as text.
file(GLOB OFFERCALC_TAX_TABLES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/data/tax/*.json)
list(SORT OFFERCALC_TAX_TABLES COMPARE NATURAL)
list(GET OFFERCALC_TAX_TABLES -1 OFFERCALC_TAX_TABLE)
get_filename_component(OFFERCALC_TAX_TABLE_NAME ${OFFERCALC_TAX_TABLE} NAME)
file(READ ${OFFERCALC_TAX_TABLE} OFFERCALC_TAX_JSON)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${OFFERCALC_TAX_TABLE})
# Its year and place codes, apart: checking an offer's tax block needs only these, and
# so does not parse the whole table (most of compare's work when it did).
string(JSON OFFERCALC_TAX_YEAR GET "${OFFERCALC_TAX_JSON}" tax_year)
string(JSON state_count LENGTH "${OFFERCALC_TAX_JSON}" states)
math(EXPR state_last "${state_count} - 1")
set(state_codes "")
foreach(i RANGE ${state_last})
  string(JSON code MEMBER "${OFFERCALC_TAX_JSON}" states ${i})
  list(APPEND state_codes ${code})
endforeach()
list(SORT state_codes)
set(OFFERCALC_TAX_PLACES "")
foreach(code IN LISTS state_codes)  # IN LISTS: "IN" (Indiana) is a foreach keyword
  set(city_codes "")
  string(JSON city_count ERROR_VARIABLE no_cities LENGTH "${OFFERCALC_TAX_JSON}" states ${code} cities)
  if(NOT no_cities)
    math(EXPR city_last "${city_count} - 1")
    foreach(i RANGE ${city_last})
      string(JSON city MEMBER "${OFFERCALC_TAX_JSON}" states ${code} cities ${i})
      list(APPEND city_codes ${city})
    endforeach()
    list(SORT city_codes)
  endif()
  list(JOIN city_codes " " city_codes)
  string(JSON state_name GET "${OFFERCALC_TAX_JSON}" states ${code} name)
  string(APPEND OFFERCALC_TAX_PLACES "    {\"${code}\", \"${city_codes}\", \"${state_name}\"},\n")
endforeach()
configure_file(src/tax/tax_data.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/generated/tax_data.cpp @ONLY)
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
