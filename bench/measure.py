#!/usr/bin/env python3
"""Time command pipelines for the dfg benchmarks and print the results as markdown tables.

Usage:
  measure.py run --label LABEL --group GROUP --size N [--repeat 3] [--timeout SECONDS]
                 [--memory-tool /usr/bin/time] [--output FILE] [--results FILE]
                 -- COMMAND [ARG...] ['|' COMMAND [ARG...]]...
  measure.py report RESULTS

`run` starts the commands as one pipeline, the first with no standard input and the last
writing to --output (default /dev/null). It runs the pipeline up to --repeat times, or
once when a run takes more than --single-run-above seconds, and keeps the best wall time,
measured with time.perf_counter from the first start to the last exit. It also records
each command's user and system CPU time, from os.wait4. A pipeline still running after
--timeout seconds is killed and recorded as timed out, and is not repeated.

With --memory-tool (GNU time), one more run wraps each command in `time -f %M` to record
its peak resident set size. That run is not timed. The figure cannot come from os.wait4
here, because Linux carries a process's peak RSS across exec: a command started from
this Python process would never report less than Python's own footprint.

The result is appended to --results as one JSON line and printed to stdout. The exit
status is 0 when the pipeline succeeded, 1 when a command failed (its standard error is
kept) and 2 when it timed out. `report` reads those JSON lines and prints one markdown
table per group.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

STDERR_EXCERPT_CHARS = 2000


def split_pipeline(words):
    """Split COMMAND ... | COMMAND ... (the bar as its own argument) into a list of commands."""
    commands, current = [], []
    for word in words:
        if word == "|":
            commands.append(current)
            current = []
        else:
            current.append(word)
    commands.append(current)
    if any(not command for command in commands):
        raise ValueError("empty command in pipeline")
    return commands


def run_pipeline_once(commands, output_path, timeout):
    """Run the commands as one pipeline and return a dict with the outcome.

    Keys: status ("ok", "failed" or "timed out"), wall_seconds, and stages, one dict per
    command with exit_code, user_seconds, system_seconds, stderr_lines, and stderr (an
    excerpt) when the command failed or printed anything on standard error.
    """
    processes, stderr_files = [], []
    group = 0  # the first process starts a new process group, which the others join
    with open(output_path, "wb") as output:
        start = time.perf_counter()
        previous_stdout = subprocess.DEVNULL
        try:
            for position, command in enumerate(commands):
                last = position == len(commands) - 1
                stderr_file = tempfile.TemporaryFile()
                stderr_files.append(stderr_file)
                process = subprocess.Popen(command, stdin=previous_stdout,
                                           stdout=output if last else subprocess.PIPE,
                                           stderr=stderr_file, process_group=group)
                if position > 0:
                    previous_stdout.close()  # the next command uses the only copy it needs
                previous_stdout = process.stdout
                group = group or process.pid
                processes.append(process)
        except OSError:
            # A later command could not start: stop the ones already running.
            if group:
                os.killpg(group, signal.SIGKILL)
            for process in processes:
                process.wait()
            raise

        timed_out = threading.Event()

        def kill_group():
            timed_out.set()
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill_group)
        timer.start()
        stages = []
        for process in processes:
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            stages.append({"exit_code": process.returncode,
                           "user_seconds": usage.ru_utime,
                           "system_seconds": usage.ru_stime})
        wall = time.perf_counter() - start
        timer.cancel()

    failed = False
    for stage, stderr_file in zip(stages, stderr_files):
        stderr_file.seek(0)
        text = stderr_file.read().decode("utf-8", "replace")
        stderr_file.close()
        stage["stderr_lines"] = text.count("\n")
        if stage["exit_code"] != 0 or text:
            stage["stderr"] = text[:STDERR_EXCERPT_CHARS]
        failed = failed or stage["exit_code"] != 0

    if timed_out.is_set():
        status = "timed out"
    elif failed:
        status = "failed"
    else:
        status = "ok"
    return {"status": status, "wall_seconds": wall, "stages": stages}


def measure_peak_memory(commands, output_path, timeout, memory_tool):
    """Run the pipeline once with each command under GNU time and return its peak RSS in KiB.

    Returns None for every command when the run did not succeed.
    """
    with tempfile.TemporaryDirectory() as folder:
        reports = [os.path.join(folder, f"stage{index}.rss") for index in range(len(commands))]
        wrapped = [[memory_tool, "-f", "%M", "-o", report, *command]
                   for report, command in zip(reports, commands)]
        outcome = run_pipeline_once(wrapped, output_path, timeout)
        if outcome["status"] != "ok":
            return [None] * len(commands)
        peaks = []
        for report in reports:
            with open(report, encoding="utf-8") as report_file:
                # GNU time writes %M, the maximum resident set size in KiB, as the last line.
                peaks.append(int(report_file.read().split()[-1]))
        return peaks


def command_run(arguments):
    commands = split_pipeline(arguments.command)
    runs = []
    for _ in range(arguments.repeat):
        outcome = run_pipeline_once(commands, arguments.output, arguments.timeout)
        runs.append(outcome)
        if outcome["status"] != "ok" or outcome["wall_seconds"] > arguments.single_run_above:
            break

    max_rss_kib = None
    if arguments.memory_tool and runs[-1]["status"] == "ok":
        max_rss_kib = measure_peak_memory(commands, arguments.output, arguments.timeout,
                                          arguments.memory_tool)

    best = min(runs, key=lambda outcome: (outcome["status"] != "ok", outcome["wall_seconds"]))
    result = {
        "label": arguments.label,
        "group": arguments.group,
        "size": arguments.size,
        "status": runs[-1]["status"],
        "timeout_seconds": arguments.timeout,
        "runs": len(runs),
        "best_wall_seconds": best["wall_seconds"],
        "all_wall_seconds": [outcome["wall_seconds"] for outcome in runs],
        "commands": [" ".join(command) for command in commands],
        "max_rss_kib": max_rss_kib,
        "best_stages": best["stages"],
    }
    line = json.dumps(result)
    if arguments.results:
        with open(arguments.results, "a", encoding="utf-8") as results:
            results.write(line + "\n")
    print(line)
    return {"ok": 0, "failed": 1, "timed out": 2}[result["status"]]


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def format_seconds(seconds):
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 0.1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.1f} ms"


def format_mib(kib):
    if kib is None:
        return "-"
    return f"{kib / 1024:.0f} MiB"


def outcome_text(result):
    """Return the best wall time, or why there is none."""
    if result is None:
        return "not run"
    if result["status"] == "timed out":
        return f"timed out (> {result['timeout_seconds']:g} s)"
    if result["status"] == "failed":
        return "failed"
    return format_seconds(result["best_wall_seconds"])


def succeeded(result):
    return result is not None and result["status"] == "ok"


def scaling_table(results, title):
    """Print a table of one benchmark over growing sizes, with per-MFC time and the growth ratio."""
    print(f"### {title}\n")
    print("| MFCs | best wall time | time per MFC | time ratio / size ratio vs previous row "
          "| CPU s (user + system) import / opt / export | peak RSS import / opt / export |")
    print("|---:|---:|---:|---:|---|---|")
    previous = None
    for result in sorted(results, key=lambda result: result["size"]):
        size = result["size"]
        if succeeded(result):
            per_mfc = f"{result['best_wall_seconds'] / size * 1e6:.1f} us"
            cpu = " / ".join(f"{stage['user_seconds']:.2f} + {stage['system_seconds']:.2f}"
                             for stage in result["best_stages"])
            rss = " / ".join(format_mib(kib) for kib in result["max_rss_kib"] or [])
            rss = rss or "not measured"
        else:
            per_mfc = cpu = rss = "-"
        growth = "-"
        if succeeded(result) and succeeded(previous):
            time_ratio = result["best_wall_seconds"] / previous["best_wall_seconds"]
            size_ratio = size / previous["size"]
            growth = f"{time_ratio:.1f} / {size_ratio:.0f} = {time_ratio / size_ratio:.2f}"
        print(f"| {size:,} | {outcome_text(result)} | {per_mfc} | {growth} | {cpu} | {rss} |")
        previous = result
    print()


def ratio_text(numerator, denominator):
    if succeeded(numerator) and succeeded(denominator):
        return f"{numerator['best_wall_seconds'] / denominator['best_wall_seconds']:.1f}x"
    if numerator is not None and numerator["status"] == "timed out" and succeeded(denominator):
        limit = numerator["timeout_seconds"] / denominator["best_wall_seconds"]
        return f"> {limit:.0f}x"
    return "-"


def role_terminal_table(results):
    """Print the role-terminal comparison on diamond ladders, one row per ladder size."""
    by_label = {}
    for result in results:
        by_label.setdefault(result["size"], {})[result["label"]] = result
    print("### Role terminal on diamond ladders\n")
    print("| rungs | MFCs | dfg role-terminal | dfg full pipeline | reference_dfg.py | reference / dfg "
          "| path enumeration | enumeration / dfg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for rungs in sorted(by_label):
        row = by_label[rungs]
        dfg = row.get("dfg role-terminal")
        reference = row.get("reference_dfg.py")
        enumeration = row.get("path enumeration")
        print(f"| {rungs:,} | {2 * rungs + 2:,} | {outcome_text(dfg)} "
              f"| {outcome_text(row.get('dfg full pipeline'))} "
              f"| {outcome_text(reference)} | {ratio_text(reference, dfg)} "
              f"| {outcome_text(enumeration)} | {ratio_text(enumeration, dfg)} |")
    print()


def reference_table(reference_results, dfg_results):
    """Print the reference and the path enumeration next to dfg's pipeline on the same graphs."""
    by_size = {}
    for result in reference_results:
        by_size.setdefault(result["size"], {})[result["label"]] = result
    for result in dfg_results:
        if result["size"] in by_size:
            by_size[result["size"]][result["label"]] = result
    print("### Wide random graphs: dfg against the Python implementations\n")
    print("| MFCs | dfg import + pipeline + export | reference_dfg.py, all analyses | reference / dfg "
          "| path enumeration, role terminal only | enumeration / dfg |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in sorted(by_size):
        row = by_size[size]
        dfg, reference, enumeration = row.get("dfg"), row.get("reference_dfg.py"), row.get(
            "path enumeration")
        print(f"| {size:,} | {outcome_text(dfg)} | {outcome_text(reference)} "
              f"| {ratio_text(reference, dfg)} | {outcome_text(enumeration)} "
              f"| {ratio_text(enumeration, dfg)} |")
    print()


def command_report(arguments):
    with open(arguments.results, encoding="utf-8") as lines:
        results = [json.loads(line) for line in lines if line.strip()]
    groups = {}
    for result in results:
        groups.setdefault(result["group"], []).append(result)

    if "wide" in groups:
        scaling_table(groups["wide"], "Import + pipeline + export, wide random graphs")
    if "wide-single-line" in groups:
        scaling_table(groups["wide-single-line"],
                      "Import + pipeline + export, wide random graphs written on one line")
    if "ppo" in groups:
        scaling_table(groups["ppo"], "Import + pipeline + export, chains of PPO steps")
    if "ladder" in groups:
        role_terminal_table(groups["ladder"])
    if "wide-reference" in groups:
        reference_table(groups["wide-reference"], groups.get("wide", []))

    problems = [result for result in results if result["status"] == "failed"
                or any(stage.get("stderr") for stage in result["best_stages"])]
    for result in problems:
        print(f"- {result['label']} ({result['group']}, size {result['size']}): {result['status']}; "
              f"first stderr lines:")
        for stage in result["best_stages"]:
            if stage.get("stderr"):
                print("  ```\n  " + "\n  ".join(stage["stderr"].splitlines()[:5]) + "\n  ```")
    return 0


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="action", required=True)

    run = commands.add_parser("run", help="time one command pipeline")
    run.add_argument("--label", required=True, help="what is measured, as the tables name it")
    run.add_argument("--group", required=True, help="table the result belongs to")
    run.add_argument("--size", type=int, required=True, help="graph size: MFCs, or rungs for ladders")
    run.add_argument("--repeat", type=int, default=3, help="runs to take the best of (default 3)")
    run.add_argument("--timeout", type=float, default=600,
                     help="seconds after which one run is killed (default 600)")
    run.add_argument("--single-run-above", type=float, default=20,
                     help="seconds: a run longer than this is not repeated (default 20)")
    run.add_argument("--memory-tool",
                     help="GNU time executable; when given, one extra run records peak RSS")
    run.add_argument("--output", default=os.devnull, help="file for the last command's stdout")
    run.add_argument("--results", help="file to append the JSON result line to")
    run.add_argument("command", nargs=argparse.REMAINDER,
                     help="-- COMMAND [ARG...] ['|' COMMAND [ARG...]]...")

    report = commands.add_parser("report", help="print markdown tables from a results file")
    report.add_argument("results", help="file of JSON lines written by run --results")

    arguments = parser.parse_args(argv)
    if arguments.action == "run":
        if arguments.command[:1] == ["--"]:
            arguments.command = arguments.command[1:]
        if not arguments.command:
            parser.error("run: a command is required after --")
        if arguments.repeat < 1:
            parser.error("run: --repeat must be at least 1")
    return arguments


def main(argv):
    arguments = parse_arguments(argv)
    if arguments.action == "run":
        try:
            return command_run(arguments)
        except (ValueError, OSError) as error:
            print(f"measure.py: cannot run {' '.join(arguments.command)}: {error}", file=sys.stderr)
            return 1
    return command_report(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
