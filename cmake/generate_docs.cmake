# Writes the man page and the shell completions from the built offercalc:
#   cmake -DOFFERCALC=path/to/offercalc -DOUT=dir -P generate_docs.cmake
foreach(item "manpage;man/man1/offercalc.1" "completion;bash;bash-completion/completions/offercalc"
             "completion;zsh;zsh/site-functions/_offercalc" "completion;fish;fish/vendor_completions.d/offercalc.fish")
  list(POP_BACK item file)
  get_filename_component(dir "${OUT}/${file}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  execute_process(COMMAND "${OFFERCALC}" ${item} OUTPUT_FILE "${OUT}/${file}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "offercalc ${item} failed: ${status}")
  endif()
endforeach()
# Installed compressed.
include(${CMAKE_CURRENT_LIST_DIR}/gzip.cmake)
gzip_file("${OUT}/man/man1/offercalc.1" "${OUT}/man/man1/offercalc.1.gz")
