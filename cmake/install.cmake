# What is installed: the library and its CMake package, the documentation, the Debian files.
# Included by the top-level CMakeLists.txt; paths are the project's.

# The library for other programs: find_package(offercalc 0.2) gives offercalc::core.
install(TARGETS offercalc_core EXPORT offercalcTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev)
install(DIRECTORY include/offercalc DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)
install(EXPORT offercalcTargets NAMESPACE offercalc:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/offercalc COMPONENT dev)
configure_package_config_file(cmake/offercalcConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/offercalcConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/offercalc)
# Before 1.0 a minor version may change the API: 0.2 matches 0.2.x only.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/offercalcConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/offercalcConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/offercalcConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/offercalc COMPONENT dev)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime)
# The documentation help and messages point to: share/doc/offercalc/README.md and
# share/doc/offercalc/docs/*.md, so that the README's links to docs/ hold there too.
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT runtime FILES_MATCHING PATTERN "*.md")
# Each package's documentation directory holds its copyright and a gzipped changelog
# in Debian's format, packaging/changelog, whose newest entry must be this version
# (Debian's policy; lintian checks the packages in .ci/run).
file(STRINGS packaging/changelog OFFERCALC_DEBIAN_CHANGELOG LIMIT_COUNT 1)
if(NOT OFFERCALC_DEBIAN_CHANGELOG MATCHES "^offercalc \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog begins \"${OFFERCALC_DEBIAN_CHANGELOG}\": add an entry for ${PROJECT_VERSION}")
endif()
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
                   COMMAND ${CMAKE_COMMAND} -DIN=${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog
                           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/changelog.gz -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/gzip.cmake
                   DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog ${CMAKE_CURRENT_SOURCE_DIR}/cmake/gzip.cmake)
add_custom_target(offercalc_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
foreach(package runtime:offercalc dev:offercalc-dev)
  string(REPLACE ":" ";" package ${package})
  list(GET package 0 component)
  list(GET package 1 name)
  install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${name} RENAME copyright COMPONENT ${component})
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${name}
          COMPONENT ${component})
endforeach()
# The command is linked statically on purpose (one file, no run-time dependencies, a
# faster start): lintian is told so.
install(FILES packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME offercalc
        COMPONENT runtime)
install(DIRECTORY data/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/offercalc/schemas COMPONENT runtime)
