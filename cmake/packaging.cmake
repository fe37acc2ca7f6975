# Debian packages through CPack.
# Included by the top-level CMakeLists.txt; paths are the project's.

# Debian packages: cpack -G DEB (in the build directory) makes offercalc_<version>_<arch>.deb
# with the stripped command, the man page, the completions and the examples, and
# offercalc-dev_<version>_<arch>.deb with the library, its headers and its CMake files.
set(CPACK_PACKAGE_NAME offercalc)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME offercalc)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME offercalc-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libfmt-dev")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_PACKAGE_VENDOR "offercalc")
# Each package's description: its synopsis, then the extended text.
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
    "what a job offer pays, year by year, and which counter-ask closes the gap
offercalc reads job offers as JSON files (base, sign-on, bonus, RSU grants
and their vesting) and shows what each pays per year and over the years,
how they differ, and which counter-ask closes the gap (RSUs first, sign-on
second, base last) with a script to say it and a timeline; also after-tax
figures, the odds under stock risk and an HTML report.")
set(CPACK_COMPONENT_DEV_DESCRIPTION
    "offercalc's C++ library, its headers and its CMake package
The library behind the offercalc command: the offer model in exact cents,
projections, comparisons and counter-asks, after-tax figures and the
stock-risk simulation. Find it with find_package(offercalc) and link
offercalc::core.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "offercalc maintainers <maintainers@offercalc.invalid>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE)
include(CPack)
