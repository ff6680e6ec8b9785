package io.ordercenter.async.reconciliation.application;

import io.ordercenter.async.reconciliation.domain.ReconciliationReport;
import java.util.Optional;

/** Where the last report is kept, for every instance to show. */
public interface ReconciliationReports {

    void save(ReconciliationReport report);

    Optional<ReconciliationReport> last();
}
