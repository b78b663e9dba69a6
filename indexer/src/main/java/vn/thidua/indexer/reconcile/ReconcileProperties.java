package vn.thidua.indexer.reconcile;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the reconcile pass runs.
 *
 * @param atStart whether it runs once right after start-up
 * @param interval pause between two scheduled passes
 */
@Validated
@ConfigurationProperties("indexer.reconcile")
public record ReconcileProperties(
    @DefaultValue("true") boolean atStart, @DefaultValue("15m") @NotNull Duration interval) {}
