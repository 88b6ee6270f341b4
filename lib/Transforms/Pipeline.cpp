//===- Pipeline.cpp - The dfg-pipeline pass pipeline ------------*- C++ -*-===//
//
// This file builds the full verification and analysis pipeline and
// registers it together with every dfg pass.
//
//===----------------------------------------------------------------------===//

#include "dfg/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using namespace dfg;

void dfg::buildPipeline(OpPassManager &pm, const PipelineOptions &options) {
  OpPassManager &graphPM = pm.nest<GraphOp>();
  ResolveEdgesPassOptions resolveOptions;
  resolveOptions.allowMultipleProducers = options.allowMultipleProducers;
  graphPM.addPass(createResolveEdgesPass(resolveOptions));
  graphPM.addPass(createVerifyAcyclicPass());
  graphPM.addPass(createAttachHooksPass());
  graphPM.addPass(createVerifyRuntimePass());
  graphPM.addPass(createAnnotateAnalysesPass());
}

void dfg::registerPasses() {
  registerDFGPasses();
  PassPipelineRegistration<PipelineOptions>(
      "dfg-pipeline",
      "Resolve edges, verify acyclicity, attach and validate hooks, verify "
      "the runtime's constraints, and annotate the analyses",
      buildPipeline);
}
