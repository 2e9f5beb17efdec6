package bg.inkindmatch.core.allocation;

class SpanningTreeSimplexTest extends MinCostFlowSolverContract {

    @Override
    MinCostFlowSolver solver() {
        return new SpanningTreeSimplex();
    }

}
