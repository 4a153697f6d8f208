#!/usr/bin/env bash
# The rehearsal at a real terminal, as a person uses it: tmux runs `encounter rehearse`,
# send-keys types (a multi-line answer, Korean text, Ctrl-C, Ctrl-D), capture-pane reads
# the screen; a closed terminal (SIGHUP) and kill -9 must lose no answer already given.
#   usage: rehearse_tmux_test.sh ENCOUNTER_BINARY DATA_DIR
set -u
encounter=$1
data=$2
work=$(mktemp -d)
socket="encounter-test-$$"
export TMUX_TMPDIR=$work
trap 'tmux -L "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT
failures=0
passes=0

pass() { passes=$((passes + 1)); echo "ok - $1"; }
fail() { failures=$((failures + 1)); echo "not ok - $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
screen() { tmux -L "$socket" capture-pane -p -J -t "$1" -S -200; }
screen_with_colour() { tmux -L "$socket" capture-pane -p -e -J -t "$1" -S -200; }
# Waits up to 15 s for text to show on the screen of session $1.
wait_for() {
  local session=$1 text=$2
  for _ in $(seq 1 150); do
    screen "$session" 2>/dev/null | grep -qF -- "$text" && return 0
    sleep 0.1
  done
  echo "--- screen of $session while waiting for: $text"; screen "$session" 2>/dev/null | tail -20
  return 1
}
start() {  # session transcript [extra args]
  local session=$1 transcript=$2
  shift 2
  tmux -L "$socket" new-session -d -s "$session" -x 160 -y 50 \
    "env HOME=$work TERM=xterm-256color $encounter --data $data rehearse pediatric-sick-note --transcript $transcript $*; echo EXITED-\$?; sleep 30"
}
response_of() { python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).readlines()[int(sys.argv[2]) - 1])['response'])" "$1" "$2"; }
valid_lines() { python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]; print(sum(1 for _ in open(sys.argv[1])))" "$1" 2>/dev/null; }

# 1. A whole encounter, typed.
t1=$work/typed.jsonl
start typed "$t1"
wait_for typed "you>" || fail "prompt appears"
tmux -L "$socket" send-keys -t typed "You're welcome here, 걱정 마세요. That must have been a stressful morning. \\" Enter
wait_for typed "...>" && pass "a trailing backslash asks for the next line" || fail "continuation prompt"
tmux -L "$socket" send-keys -t typed "It's no problem at all that you brought him." Enter
wait_for typed "He's had a sore throat since Monday" && pass "the next patient line shows" || fail "next patient line"
check "the words that earned points are highlighted in colour" '[[ "$(screen_with_colour typed)" == *$'"'"'\e[32m'"'"'* ]]'
check "the evidence is shown in the answer itself" 'screen typed | grep -qF "That must have been a stressful"'
tmux -L "$socket" send-keys -t typed "I'll swab his throat and here's a note for school; he's due his flu vaccine too." Enter
wait_for typed "what happens now" || fail "third patient line"
tmux -L "$socket" send-keys -t typed "It's strep. If the fever gets worse tonight, call the after-hours line." Enter
wait_for typed "The encounter is over" && pass "the summary shows at the end" || fail "summary"
check "the summary names what to practise" 'screen typed | grep -qF "To practise next:"'
wait_for typed "EXITED-0" && pass "a finished rehearsal exits 0" || fail "exit 0"
check "the multi-line Korean answer is recorded as typed" '[ "$(response_of "$t1" 2)" = "$(printf "You'"'"'re welcome here, 걱정 마세요. That must have been a stressful morning. \nIt'"'"'s no problem at all that you brought him.")" ]'
check "the transcript has header, three turns and a summary" '[ "$(valid_lines "$t1")" = 5 ]'

# 2. Ctrl-C after one answer.
t2=$work/interrupted.jsonl
start interrupted "$t2"
wait_for interrupted "you>"
tmux -L "$socket" send-keys -t interrupted "That must have been a stressful morning, and it's no problem that you brought him." Enter
wait_for interrupted "sore throat since Monday"
tmux -L "$socket" send-keys -t interrupted C-c
wait_for interrupted "Continue later with: encounter rehearse --resume" && pass "Ctrl-C says how to resume" || fail "Ctrl-C message"
check "Ctrl-C keeps the answer already given" '[ "$(valid_lines "$t2")" = 2 ]'

# 3. Ctrl-D at the prompt.
t3=$work/eof.jsonl
start eof "$t3"
wait_for eof "you>"
tmux -L "$socket" send-keys -t eof C-d
wait_for eof "Continue later with" && pass "Ctrl-D stops and says how to resume" || fail "Ctrl-D"
wait_for eof "EXITED-0" || fail "Ctrl-D exits 0"

# 4. The terminal closes (SIGHUP) after one answer.
t4=$work/hangup.jsonl
start hangup "$t4"
wait_for hangup "you>"
tmux -L "$socket" send-keys -t hangup "That must have been a stressful morning; you're welcome to stay with him." Enter
wait_for hangup "sore throat since Monday"
tmux -L "$socket" send-keys -t hangup "Half an answer that is never sent"
tmux -L "$socket" kill-session -t hangup
sleep 0.5
check "a closed terminal loses no answer already given" '[ "$(valid_lines "$t4")" = 2 ]'

# 5. kill -9 between answers, then resume.
t5=$work/killed.jsonl
start killed "$t5"
wait_for killed "you>"
tmux -L "$socket" send-keys -t killed "That must have been a stressful morning; it's no problem that you brought him." Enter
wait_for killed "sore throat since Monday"
pkill -9 -f -- "^$encounter .*--transcript $t5"
wait_for killed "EXITED-137" && pass "kill -9 ends the rehearsal" || fail "kill -9"
check "kill -9 leaves a transcript every line of which reads" '[ "$(valid_lines "$t5")" = 2 ]'
tmux -L "$socket" new-session -d -s resumed -x 160 -y 50 \
  "env HOME=$work TERM=xterm-256color $encounter --data $data rehearse --resume $t5; echo EXITED-\$?; sleep 30"
wait_for resumed "sore throat since Monday" && pass "resume picks up at the next step" || fail "resume"
tmux -L "$socket" send-keys -t resumed ":quit" Enter
wait_for resumed "EXITED-0" || fail "resume quit"

# 6. The disk refuses a turn (a file size limit stands in for a full disk): the answer stays
#    on screen, the clinician is offered another file, and nothing unreadable is left behind.
t6=$work/full.jsonl
out6=$(
  ulimit -f 1
  trap '' XFSZ
  printf '%s\n' "That must have been a worrying morning for you both." "" |
    env HOME=$work "$encounter" --data "$data" rehearse pediatric-sick-note --transcript "$t6" 2>&1
)
rc6=$?
check "a failed write is reported with the answer kept on screen" '[[ "$out6" == *"cannot write"*"Your answer was:"*"That must have been a worrying morning for you both."* ]]'
check "the clinician is offered another file to save to" '[[ "$out6" == *"save the transcript to"* ]]'
check "giving up on saving exits 2" '[ "$rc6" = 2 ]'
check "what reached the disk still reads (header intact, partial line ignored)" \
  '"$encounter" --data "$data" score --format jsonl "$t6" >/dev/null 2>&1; [ $? -le 2 ] && head -n 1 "$t6" | python3 -c "import json,sys; json.loads(sys.stdin.readline())"'

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
