# Trains the kind classifier's word weights afresh and fails unless they equal the bundled
# file: whoever changes the labelled dev data must run ./run train and commit the result.
execute_process(COMMAND ${TRAIN} ${EVAL} ${OUT} RESULT_VARIABLE trained)
if(NOT trained EQUAL 0)
  message(FATAL_ERROR "encounter_train failed (${trained})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${BUNDLED} RESULT_VARIABLE differs)
if(NOT differs EQUAL 0)
  message(FATAL_ERROR "${BUNDLED} is not what ./run train makes of ${EVAL}: run ./run train and commit it")
endif()
