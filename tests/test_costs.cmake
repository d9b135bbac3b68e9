# Read by ctest after the Catch2 test lists (TEST_INCLUDE_FILES). ctest -j starts tests in
# descending COST; on a fresh clone it has no timing history, so without this it runs them in
# test-number order and a long test that starts late leaves one core idle at the end (under ASan
# every test is several times slower). The figures are the Release seconds measured on
# 2026-12-01 (docs/performance.md, "Test command time"); only their order matters. A test that
# no longer exists under this name is skipped silently here: renaming one only loses its head start.
set(m2ai_test_costs
  "core:a save killed at any instant leaves the previous or the new project, never a mixture=30"
  "core:a value of the wrong type in any column is refused naming table and column=7"
  "core:typed site reading: every value of a site replaced, removed or joined by another=6"
  "ui:mine2ai-cli report: PDF, charts, tables — exit codes=4"
  "ui:xlsx workbook: LibreOffice recalculates the cash-flow formulas to the app's numbers=4")
foreach(entry IN LISTS m2ai_test_costs)
  string(REGEX MATCH "^(.*)=([0-9]+)$" _ "${entry}")
  set_tests_properties("${CMAKE_MATCH_1}" PROPERTIES COST "${CMAKE_MATCH_2}")
endforeach()
