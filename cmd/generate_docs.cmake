# Writes the man page and shell completions by running the built binary (cmake -P, from cmd/CMakeLists.txt).
# Inputs: FACTCHECK (the binary), OUT (the folder).
file(MAKE_DIRECTORY "${OUT}")
foreach(pair "man;factcheck.1" "completion bash;factcheck.bash" "completion zsh;_factcheck" "completion fish;factcheck.fish")
  list(GET pair 0 args)
  list(GET pair 1 name)
  separate_arguments(args)
  execute_process(COMMAND "${FACTCHECK}" ${args} OUTPUT_FILE "${OUT}/${name}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "factcheck ${args} failed (${rc})")
  endif()
endforeach()
