/** Reproducible training and evaluation of the text models on the data sets in ../shared/data; run by bench/*.sh, not by Surefire. */
package org.loyaldesk.bench;
