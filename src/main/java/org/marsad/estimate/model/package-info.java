/**
 * The statistics of multiple systems estimation, apart from the lists and reports they serve: capture
 * histories (how many people each pattern of lists holds) and the three models that read them — the
 * log-linear model fitted by Poisson regression, Madigan and York's averaging over decomposable graphs,
 * and Manrique-Vallier's latent-class sampler with its random draws and diagnostics. Each takes capture
 * histories and gives totals; what a total means (its method, interval and cautions) is the parent
 * package's business.
 */
package org.marsad.estimate.model;
