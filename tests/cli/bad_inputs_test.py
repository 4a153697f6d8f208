#!/usr/bin/env python3
"""Bad input, run through the built binary as a user would, watched from outside.

    bad_inputs_test.py ENCOUNTER FIXTURES_BAD DATA_DIR [--sanitized]

1. Every fixture in tests/fixtures/bad/ gives exactly the answer its NAME.expected names
   (format in tests/fixtures/bad/README.md).
2. Every fixture, and the cases generated here (a 50 MB line, a million lines, symlink
   loops, an unreadable file, a directory, a closed stdin), goes through every subcommand
   that reads files: lint, classify, score, rehearse --resume and test. Each run must end
   by itself with exit code 0, 1 or 2, never by a signal (an abort, a sanitizer report,
   a crash), and when it does not exit 0 it must name the file.

--sanitized: the binary is built with ASan/UBSan, whose memory use is not the program's,
so the flat-memory check of the million lines is left out.
"""
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

COMMANDS = [["lint"], ["classify"], ["score"], ["rehearse", "--resume"], ["test"]]
SIGNS_OF_A_CRASH = ["AddressSanitizer", "LeakSanitizer", "runtime error:", "terminate called",
                    "[json.exception.", "Segmentation fault"]

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


class Result:
    def __init__(self, code, out, err, seconds, peak_kib):
        self.code, self.out, self.err, self.seconds, self.peak_kib = code, out, err, seconds, peak_kib


def run(encounter, data, args, cwd, stdin=b"", close=(), timeout=300, out_file=None):
    """Runs encounter with the descriptors in `close` closed; returns its Result (code < 0:
    killed by that signal). With `out_file`, stdout goes there and is not read back."""
    argv = [encounter, "--data", data] + args
    env = dict(os.environ, NO_COLOR="1", HOME=cwd, XDG_DATA_HOME=os.path.join(cwd, ".share"))
    preexec = (lambda: [os.close(fd) for fd in close]) if close else None
    keep_out = out_file is None
    out_file = tempfile.TemporaryFile() if keep_out else out_file
    err_file = tempfile.TemporaryFile()
    start = time.monotonic()
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out_file, stderr=err_file,
                               stdin=None if 0 in close else subprocess.PIPE, preexec_fn=preexec)
    if 0 not in close:
        try:
            process.stdin.write(stdin)
            process.stdin.close()
        except BrokenPipeError:
            pass
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid != 0:
            break
        if time.monotonic() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            fail("{} did not finish within {} s".format(" ".join(args), timeout))
            break
        time.sleep(0.01)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - start
    out_file.seek(0)
    err_file.seek(0)
    out = out_file.read().decode("utf-8", "replace") if keep_out else ""
    err = err_file.read().decode("utf-8", "replace")
    return Result(process.returncode, out, err, seconds, usage.ru_maxrss)


def check_survived(result, args, name):
    """The promises every run keeps, whatever the input."""
    what = " ".join(args)
    if result.code < 0:
        fail("{}: killed by {}\n{}".format(what, signal.Signals(-result.code).name, result.err[-3000:]))
        return
    if result.code not in (0, 1, 2):
        fail("{}: exit code {} (expected 0, 1 or 2)\n{}".format(what, result.code, result.err[-3000:]))
    for sign in SIGNS_OF_A_CRASH:
        if sign in result.err or sign in result.out:
            fail("{}: output shows '{}'\n{}".format(what, sign, result.err[-3000:]))
    if result.code != 0 and name and name not in result.out and name not in result.err:
        fail("{}: exit {} without naming {}\nstdout: {}\nstderr: {}".format(
            what, result.code, name, result.out[-500:], result.err[-500:]))


def read_expected(path):
    """NAME.expected: 'run:' and 'exit:' lines, then 'stdout:' / 'stderr:' sections."""
    expected = {"streams": {}}
    section = None
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().split("\n"):
            if line in ("stdout:", "stderr:"):
                section = line[:-1]
                expected["streams"][section] = []
            elif section:
                expected["streams"][section].append(line)
            elif line.startswith("run: "):
                expected["run"] = shlex.split(line[len("run: "):])
            elif line.startswith("exit: "):
                expected["exit"] = int(line[len("exit: "):])
            elif line.strip():
                raise ValueError("{}: unexpected line {!r}".format(path, line))
    for lines in expected["streams"].values():
        while lines and lines[-1] == "":
            lines.pop()
    if "run" not in expected or "exit" not in expected:
        raise ValueError(path + ": needs a 'run:' and an 'exit:' line")
    return expected


def check_goldens(encounter, data, folder, fixtures):
    for name in fixtures:
        expected_path = os.path.join(folder, name + ".expected")
        if not os.path.exists(expected_path):
            fail("{} has no {}.expected".format(name, name))
            continue
        expected = read_expected(expected_path)
        args = [name if arg == "{}" else arg for arg in expected["run"]]
        result = run(encounter, data, args, folder)
        check_survived(result, args, name)
        if result.code != expected["exit"]:
            fail("{}: exit {} (expected {})\n{}".format(" ".join(args), result.code, expected["exit"], result.err))
        for stream, lines in expected["streams"].items():
            actual = (result.out if stream == "stdout" else result.err).rstrip("\n")
            actual_lines = actual.split("\n") if actual else []
            if actual_lines != lines:
                fail("{}: {} differs\n--- expected\n{}\n--- actual\n{}".format(
                    " ".join(args), stream, "\n".join(lines), actual))
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".expected") and entry[:-len(".expected")] not in fixtures:
            fail(entry + " has no fixture")


def check_every_command(encounter, data, folder, names, timeout):
    for name in names:
        for command in COMMANDS:
            args = command + [name]
            result = run(encounter, data, args, folder, timeout=timeout)
            check_survived(result, args, name)


def generate_big_line(folder):
    """A single 50 MB line: longer than any limit, generated here rather than committed."""
    name = "big-line.jsonl"
    with open(os.path.join(folder, name), "w") as handle:
        handle.write('{"id": "big", "context": "My ear hurts.", "response": "')
        chunk = "I am so sorry. " * 4096
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            handle.write(chunk)
        handle.write('"}\n{"id": "after", "context": "My ear hurts.", "response": "I am sorry."}\n')
    return name


def check_big_line(encounter, data, folder, name):
    args = ["score", "--format", "jsonl", name]
    result = run(encounter, data, args, folder)
    check_survived(result, args, name)
    if result.code != 2 or result.err != name + ":1: error: line is longer than the 1 MiB limit\n":
        fail("{}: exit {}, stderr {!r}".format(" ".join(args), result.code, result.err[:300]))
    if result.out.count("\n") != 1 or '"after"' not in result.out:
        fail("{}: the line after the long one was not scored: {!r}".format(" ".join(args), result.out[:300]))
    args = ["lint", name]
    result = run(encounter, data, args, folder)
    if result.code != 2 or name + ": error: file is larger than the 16 MiB limit [file-unreadable]" not in result.out:
        fail("{}: exit {}, stdout {!r}".format(" ".join(args), result.code, result.out[:300]))


def check_million_lines(encounter, data, folder, sanitized):
    """A million tiny lines score in one pass, in order, in memory that does not grow."""
    def write(name, count):
        with open(os.path.join(folder, name), "w") as handle:
            for i in range(count):
                handle.write('{"id":"%d","response":"ok"}\n' % i)
        return name
    small = write("thousand.jsonl", 1000)
    large = write("million.jsonl", 1000000)
    counted = {}
    for name, count in ((small, 1000), (large, 1000000)):
        args = ["score", "--format", "jsonl", name]
        with tempfile.TemporaryFile() as out:  # half a gigabyte of scores: counted, not kept
            result = run(encounter, data, args, folder, timeout=1200, out_file=out)
            check_survived(result, args, name)
            out.seek(0)
            lines, last = 0, b""
            for chunk in iter(lambda: out.read(1 << 20), b""):
                lines += chunk.count(b"\n")
                last = (last + chunk)[-4096:]
        last_line = last.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        if result.code != 0 or result.err or lines != count:
            fail("{}: exit {}, {} lines out, stderr {!r}".format(" ".join(args), result.code, lines, result.err[:300]))
        if not last_line.startswith(b'{"id":"%d"' % (count - 1)):
            fail("{}: the last line out is not the last line in: {!r}".format(" ".join(args), last_line[:80]))
        counted[name] = result
        print("score {}: {:.1f} s, peak memory {:.1f} MiB".format(name, result.seconds, result.peak_kib / 1024))
    if not sanitized:
        small_peak, large_peak = counted[small].peak_kib, counted[large].peak_kib
        if large_peak > small_peak * 1.25 + 4096:
            fail("score memory grows with lines: {} KiB for 1,000 lines, {} KiB for 1,000,000".format(
                small_peak, large_peak))
    os.remove(os.path.join(folder, large))


def check_long_responses(encounter, data, folder, sanitized):
    """Responses just under the 1 MiB line limit, built to make per-hit work add up: a
    hundred thousand sentences, hits and negators each. Each once took minutes (every
    hit compared with every other); now each takes well under a second."""
    cases = {"many-sentences.jsonl": "sorry. " * 120000,
             "many-negators.jsonl": "not sorry " * 90000,
             "many-contrasts.jsonl": "I am so sorry, but whatever. " * 30000}
    limit = 120 if sanitized else 20
    for name, response in cases.items():
        with open(os.path.join(folder, name), "w") as handle:
            handle.write('{"id": "long", "context": "My ear hurts.", "response": "%s"}\n' % response)
        args = ["score", "--format", "jsonl", name]
        with tempfile.TemporaryFile() as out:
            result = run(encounter, data, args, folder, timeout=limit, out_file=out)
        check_survived(result, args, name)
        print("score {}: {:.1f} s".format(name, result.seconds))
        if result.code != 0:
            fail("{}: exit {}\n{}".format(" ".join(args), result.code, result.err[:300]))
        os.remove(os.path.join(folder, name))


def check_symlink_loops(encounter, data, folder):
    loops = os.path.join(folder, "loops")
    os.makedirs(os.path.join(loops, "sub"))
    os.symlink("b.json", os.path.join(loops, "a.json"))
    os.symlink("a.json", os.path.join(loops, "b.json"))
    os.symlink("..", os.path.join(loops, "sub", "up"))
    os.symlink("sub", os.path.join(loops, "sub", "self"))
    shutil.copy(os.path.join(data, "scripts", "pediatric-sick-note.json"), os.path.join(loops, "sub", "good.json"))
    args = ["lint", "loops"]
    result = run(encounter, data, args, folder, timeout=60)
    check_survived(result, args, "a.json")
    if result.code == 0 or "a.json" not in result.out + result.err or "b.json" not in result.out + result.err:
        fail("{}: exit {}, the looping links are not both named\n{}{}".format(
            " ".join(args), result.code, result.out, result.err))
    check_every_command(encounter, data, folder, [os.path.join("loops", "a.json")], timeout=60)


def check_unreadable(encounter, data, folder):
    name = "unreadable.json"
    path = os.path.join(folder, name)
    shutil.copy(os.path.join(data, "scripts", "pediatric-sick-note.json"), path)
    os.chmod(path, 0)
    try:
        with open(path, "rb"):
            print("SKIP: unreadable file (chmod 000): this user (root?) can read it anyway")
            return
    except PermissionError:
        pass
    for command in COMMANDS:
        args = command + [name]
        result = run(encounter, data, args, folder, timeout=60)
        check_survived(result, args, name)
        if result.code == 0 or "Permission denied" not in result.out + result.err:
            fail("{}: exit {} without saying permission was denied".format(" ".join(args), result.code))


def check_directory(encounter, data, folder):
    name = "folder.json"
    os.makedirs(os.path.join(folder, name))
    for command in COMMANDS[1:]:  # lint reads folders, and an empty one is fine
        args = command + [name]
        result = run(encounter, data, args, folder, timeout=60)
        check_survived(result, args, name)
        if result.code != 2 or "is a directory" not in result.err:
            fail("{}: exit {}, stderr {!r}".format(" ".join(args), result.code, result.err[:300]))


def check_closed_streams(encounter, data, folder):
    """Closed stdin reads as empty input; a closed stdin or stdout is never mistaken for a
    file the program opens (the transcript must hold only JSON lines)."""
    for close in ((0,), (1,), (0, 1)):
        for args in (["score", "-"], ["classify", "-"], ["classify", "--lines", "-"], ["lint", "-"],
                     ["rehearse", "pediatric-sick-note", "--transcript", "closed.jsonl"]):
            result = run(encounter, data, args, folder, stdin=b"I am so sorry.\n", close=close, timeout=60)
            check_survived(result, ["(fds {} closed)".format(close)] + args, None)
        transcript = os.path.join(folder, "closed.jsonl")
        with open(transcript, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if not line.startswith("{"):
                    fail("rehearse with fds {} closed wrote into its transcript: line {}: {!r}".format(
                        close, number, line[:80]))
                    break
        os.remove(transcript)


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    encounter = os.path.abspath(sys.argv[1])
    source = os.path.abspath(sys.argv[2])
    data = os.path.abspath(sys.argv[3])
    sanitized = "--sanitized" in sys.argv[4:]
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    scratch = tempfile.mkdtemp(prefix="encounter-bad-")
    try:
        # A copy: rehearse --resume appends to the transcripts it is given.
        folder = os.path.join(scratch, "bad")
        shutil.copytree(source, folder)
        fixtures = sorted(entry for entry in os.listdir(folder)
                          if not entry.endswith(".expected") and entry != "README.md")
        check_goldens(encounter, data, folder, fixtures)
        shutil.rmtree(folder)
        shutil.copytree(source, folder)
        check_every_command(encounter, data, folder, fixtures, timeout=120 if sanitized else 30)
        big = generate_big_line(folder)
        check_big_line(encounter, data, folder, big)
        check_every_command(encounter, data, folder, [big], timeout=300 if sanitized else 60)
        os.remove(os.path.join(folder, big))
        check_million_lines(encounter, data, folder, sanitized)
        check_long_responses(encounter, data, folder, sanitized)
        check_symlink_loops(encounter, data, folder)
        check_unreadable(encounter, data, folder)
        check_directory(encounter, data, folder)
        check_closed_streams(encounter, data, folder)
    finally:
        for root, dirs, _ in os.walk(scratch):
            for entry in dirs:
                os.chmod(os.path.join(root, entry), 0o755)
        shutil.rmtree(scratch, ignore_errors=True)
    print("{} fixtures; {} problems".format(len(fixtures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
