/**
 * The counting pages of the web app: the tally page (totals by group, period, place, perpetrator and
 * cause, with its chart and maps), the estimate page, and the tally query and cache the JSON API shares
 * with them. They read counts; they never write.
 */
package org.marsad.web.tally;
