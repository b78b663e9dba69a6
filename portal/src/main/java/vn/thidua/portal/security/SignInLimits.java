package vn.thidua.portal.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins the portal lets through before it slows a user name or a browser address
 * down ({@code portal.sign-in}). Successful sign-ins are never counted.
 *
 * @param freeFailuresPerName failures of one user name before each further attempt must wait
 * @param freeFailuresPerAddress the same for one browser address (an office may share one, so it is
 *     higher)
 * @param firstWait the wait after the first failure over the free ones, doubled after each next one
 * @param longestWait the wait never grows beyond this
 * @param forgetAfter failures older than this (since the last one) are forgotten
 */
@Validated
@ConfigurationProperties("portal.sign-in")
public record SignInLimits(
    @Min(1) int freeFailuresPerName,
    @Min(1) int freeFailuresPerAddress,
    @NotNull Duration firstWait,
    @NotNull Duration longestWait,
    @NotNull Duration forgetAfter) {}
