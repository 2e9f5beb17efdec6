package bg.inkindmatch.core.allocation;

class NetworkSimplexTest extends MinCostFlowSolverContract {

    @Override
    MinCostFlowSolver solver() {
        return new NetworkSimplex();
    }

}
