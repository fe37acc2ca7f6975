# gzip_file(IN OUT): OUT is IN compressed as Debian's policy asks of man pages and
# changelogs: best compression, no name or time stamp in the header, so that the same
# text gives the same bytes. As a script: cmake -DIN=file -DOUT=file.gz -P gzip.cmake
function(gzip_file in out)
  find_program(GZIP gzip REQUIRED)
  execute_process(COMMAND "${GZIP}" -9 -n -c "${in}" OUTPUT_FILE "${out}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip of ${in} failed: ${status}")
  endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  gzip_file("${IN}" "${OUT}")
endif()
