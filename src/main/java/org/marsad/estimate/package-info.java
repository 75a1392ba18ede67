/**
 * Multiple systems estimation: how many deaths no list documents, from how the lists overlap. It reads
 * lists (a CSV or the store's linked persons), runs one of three estimators — the log-linear independence
 * model, Madigan and York's averaging over decomposable graphs, and Manrique-Vallier's latent-class
 * sampler, whose statistics live in {@code estimate.model} — per stratum, and attaches the cautions a
 * statistician would. It never writes; every figure it gives carries its interval.
 */
package org.marsad.estimate;
