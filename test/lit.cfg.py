# -*- Python -*-
# Configuration of the lit test suite: finds the dfg tools and LLVM's test
# utilities, and enables the differential test when lit gets
# -Dreference_dfg=PATH.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "DFG"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]

config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.dfg_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(("%dfg_src_root", config.dfg_source_root))
config.substitutions.append(("%dfg_obj_root", config.dfg_obj_root))

llvm_config.with_system_environment(["HOME", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# Debian puts FileCheck, not and split-file in LLVM's own bin folder, not on
# PATH, so look there before PATH.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.dfg_tools_dir, append_path=True)

tools = ["dfg-opt", "dfg-translate", "dfg-lsp-server"]
llvm_config.add_tool_substitutions(tools, [config.dfg_tools_dir])

reference = lit_config.params.get("reference_dfg")
if reference:
    if not os.path.isfile(reference):
        lit_config.fatal(
            "reference_dfg=%s (DFG_REFERENCE_DFG in scripts/test.sh) is not a "
            "file; give the path of reference_dfg.py" % reference)
    config.available_features.add("reference-dfg")
    config.substitutions.append(("%reference_dfg", os.path.abspath(reference)))
