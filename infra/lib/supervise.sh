#!/usr/bin/env bash
# supervise.sh NAME RUN_DIR CMD... — keeps one component of the local stack running.
#
# Runs CMD in its own process group and, when it dies, starts it again after a pause that
# doubles each time (1 s up to STACK_BACKOFF_MAX, 60 s). Every restart is logged to stdout (the
# component's log) and to SUPERVISOR_LOG, and counted in RUN_DIR/NAME.restarts for `status`.
# A component that dies STACK_MAX_RESTARTS times in a row (5), each within STACK_STABLE_SECONDS
# (120 s) of starting, is left stopped: restarting a broken configuration forever only fills
# the logs. The reason goes to RUN_DIR/NAME.gaveup. A run that lasted longer resets the count.
#
# SIGTERM or SIGINT stops it: the signal STACK_STOP_SIGNAL (TERM; PostgreSQL wants INT, its
# fast shutdown) goes to the component's process group, and the supervisor exits once the
# component has, without restarting it. Started by start_process in common.sh.
set -uo pipefail

name=$1
run_dir=$2
shift 2
max_quick=${STACK_MAX_RESTARTS:-5}
stable=${STACK_STABLE_SECONDS:-120}
backoff_max=${STACK_BACKOFF_MAX:-60}
stop_signal=${STACK_STOP_SIGNAL:-TERM}
events=${SUPERVISOR_LOG:-/dev/null}

restarts_file=$run_dir/$name.restarts
child_file=$run_dir/$name.child.pid
gaveup_file=$run_dir/$name.gaveup

note() {
  local line
  line=$(printf '[supervisor %s] %s: %s' "$(date '+%F %T')" "$name" "$*")
  echo "$line"
  echo "$line" >>"$events"
}

stopping=0
child=""
on_stop() {
  stopping=1
  if [ -n "$child" ]; then
    kill "-$stop_signal" -- "-$child" 2>/dev/null || kill "-$stop_signal" "$child" 2>/dev/null || true
  fi
}
trap on_stop TERM INT

echo 0 >"$restarts_file"
rm -f "$gaveup_file"
quick=0
delay=1
while :; do
  started=$SECONDS
  # Own process group (setsid), so that a stop reaches the component's children as well.
  setsid "$@" </dev/null &
  child=$!
  echo "$child" >"$child_file"
  # `wait` returns early when a trapped signal arrives; wait again until the component is gone.
  wait "$child"
  rc=$?
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    rc=$?
  done
  rm -f "$child_file"
  child=""
  if [ "$stopping" -eq 1 ]; then
    exit 0
  fi
  ran=$((SECONDS - started))
  if [ "$ran" -ge "$stable" ]; then
    quick=0
    delay=1
  fi
  quick=$((quick + 1))
  if [ "$quick" -gt "$max_quick" ]; then
    msg="died $max_quick times in a row, each within ${stable}s of starting (last exit code $rc); left stopped. Read this log, fix the cause, then run: infra/stack up $name"
    note "$msg"
    echo "$msg" >"$gaveup_file"
    exit 1
  fi
  count=$(($(cat "$restarts_file" 2>/dev/null || echo 0) + 1))
  echo "$count" >"$restarts_file"
  note "exited with code $rc after ${ran}s; restart $count in ${delay}s"
  # Backoff, interruptible by a stop.
  sleep "$delay" &
  wait $! 2>/dev/null
  if [ "$stopping" -eq 1 ]; then
    exit 0
  fi
  delay=$((delay * 2))
  [ "$delay" -le "$backoff_max" ] || delay=$backoff_max
done
