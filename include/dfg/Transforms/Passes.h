//===- Passes.h - Passes of the dfg dialect ---------------------*- C++ -*-===//
//
// This file declares the passes of the dfg dialect, their registration and
// the `dfg-pipeline` pass pipeline.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_TRANSFORMS_PASSES_H
#define DFG_TRANSFORMS_PASSES_H

#include "dfg/IR/DFGOps.h"

#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"

namespace dfg {

#define GEN_PASS_DECL
#include "dfg/Transforms/Passes.h.inc"

/// Options of the `dfg-pipeline` pass pipeline.
struct PipelineOptions : public mlir::PassPipelineOptions<PipelineOptions> {
  Option<bool> allowMultipleProducers{
      *this, "allow-multiple-producers",
      llvm::cl::desc("Keep the last producer of a key written by several "
                     "MFCs, with a warning instead of an error"),
      llvm::cl::init(false)};
};

/// Adds the full verification and analysis pipeline to `pm`, nested on
/// every `dfg.graph`: resolve edges, verify acyclicity, attach and validate
/// hooks, verify the runtime's constraints, and annotate the analyses.
void buildPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);

/// Registers every dfg pass and the `dfg-pipeline` pipeline.
void registerPasses();

#define GEN_PASS_REGISTRATION
#include "dfg/Transforms/Passes.h.inc"

} // namespace dfg

#endif // DFG_TRANSFORMS_PASSES_H
