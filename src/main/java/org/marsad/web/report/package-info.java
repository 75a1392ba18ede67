/**
 * Reports in the web app: the home page (latest reports and the totals), the reports list, a report's page
 * with its figures and named victims to review, entering a report by text or file (checked as the command
 * line checks it), and the reports' JSON API. It reads and reviews what {@code extract} found; extracting
 * and storing are the feature packages' work.
 */
package org.marsad.web.report;
