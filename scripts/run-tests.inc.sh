# Shared by scripts/test.sh and scripts/asan-test.sh; sourced.

# run_phpt LOG ARGS...: runs `make test` with the run-tests arguments ARGS,
# bounded by TEST_TIMEOUT (default 1500 s), shown and copied to LOG. Sets
# `status` (make's exit status) and, from run-tests' summary ("Tests passed
# :   12 ( 80.0%) ( 85.7%)"), `passed`, `failed` and `skipped`. A test that
# leaked, or could not even be run (BORK), counts as failed, also when it
# is missing from the summary.
run_phpt() {
  local log=$1 borked
  shift
  status=0
  timeout --foreground "${TEST_TIMEOUT:-1500}" make test TESTS="$*" 2>&1 | tee "$log" || status=$?
  passed=$(phpt_count "$log" passed)
  failed=$(( $(phpt_count "$log" failed) + $(phpt_count "$log" leaked) + $(phpt_count "$log" borked) ))
  skipped=$(phpt_count "$log" skipped)
  borked=$(grep -c '\(^\|]\)BORK' "$log" || true)
  failed=$(( failed > borked ? failed : borked ))
}

# phpt_count LOG WHAT: the number on the summary's "Tests WHAT" line, or 0.
phpt_count() {
  local n
  n=$(sed -n "s/^Tests $2 *: *\([0-9][0-9]*\).*/\1/p" "$1" | tail -n 1)
  echo "${n:-0}"
}

# phpt_summary PREFIX: the verdict on the counts of run_phpt (and what the
# caller added to them): a `make test` that failed with no failed test counts
# as one failure, a run in which no test ran sets `status`; then the last line,
# "PREFIXN passed, N failed, N skipped".
phpt_summary() {
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "${1}make test exited with status $status"
    failed=1
  fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "${1}no test ran"
    status=1
  fi
  echo "${1}$passed passed, $failed failed, $skipped skipped"
}
