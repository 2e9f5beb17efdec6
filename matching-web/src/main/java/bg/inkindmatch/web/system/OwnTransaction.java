package bg.inkindmatch.web.system;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Work that commits on its own, whatever becomes of the caller's transaction: a mark that
 * must survive the caller's rollback (a round that is owed, a post that needs attention).
 */
@Component
public class OwnTransaction {

    private final TransactionTemplate template;

    OwnTransaction(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in a new transaction and commits it. */
    public void run(Consumer<TransactionStatus> work) {
        template.executeWithoutResult(work);
    }

    /** Runs the work in a new transaction, commits it and returns its result. */
    public <T> T call(TransactionCallback<T> work) {
        return template.execute(work);
    }

}
