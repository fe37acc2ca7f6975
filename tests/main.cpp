// Catch2 2's main; with Catch2 3 the tests link Catch2::Catch2WithMain instead.
#define CATCH_CONFIG_MAIN
#include "catch.hpp"
