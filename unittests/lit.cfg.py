# -*- Python -*-
# Configuration of the unit-test suite: lit runs every GoogleTest case of
# the DFGUnitTests binary as a test of its own.

import os

import lit.formats

config.name = "DFG-Unit"
config.suffixes = []
config.test_source_root = config.dfg_unittests_dir
config.test_exec_root = config.dfg_unittests_dir
config.test_format = lit.formats.GoogleTest(".", "UnitTests")
