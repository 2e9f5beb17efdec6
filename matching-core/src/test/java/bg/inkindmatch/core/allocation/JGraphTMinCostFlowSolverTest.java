package bg.inkindmatch.core.allocation;

/**
 * The reference runs the contract too, so that a disagreement points at the right side.
 */
class JGraphTMinCostFlowSolverTest extends MinCostFlowSolverContract {

    @Override
    MinCostFlowSolver solver() {
        return new JGraphTMinCostFlowSolver();
    }

}
