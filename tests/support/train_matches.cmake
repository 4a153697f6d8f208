# Trains learned weights afresh (TRAIN [DATA] EVAL OUT) and fails unless they equal the
# bundled file: whoever changes the labelled dev data (or, for the rater weights, the
# rubrics and lexicons they read) must run ./run train and commit the result.
if(DEFINED DATA)
  execute_process(COMMAND ${TRAIN} ${DATA} ${EVAL} ${OUT} RESULT_VARIABLE trained)
else()
  execute_process(COMMAND ${TRAIN} ${EVAL} ${OUT} RESULT_VARIABLE trained)
endif()
if(NOT trained EQUAL 0)
  message(FATAL_ERROR "${TRAIN} failed (${trained})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${BUNDLED} RESULT_VARIABLE differs)
if(NOT differs EQUAL 0)
  message(FATAL_ERROR "${BUNDLED} is not what ./run train makes of ${EVAL}: run ./run train and commit it")
endif()
