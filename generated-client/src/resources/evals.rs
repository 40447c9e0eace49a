// @generated from openai.yaml by `cargo xtask codegen`; do not edit by hand.
//! `client.evals()` and its sub-resources.
#![allow(deprecated)]

use reqwest::Method;

use crate::Client;
use crate::runtime::{Call, Json, RequestSpec};
use crate::types::{
    CreateEvalRequest, CreateEvalRunRequest, DeleteEvalResponse, DeleteEvalRunResponse,
    Eval, EvalList, EvalRun, EvalRunList, EvalRunOutputItem, EvalRunOutputItemList,
    GetEvalRunOutputItemsParams, GetEvalRunsParams, ListEvalsParams, UpdateEvalRequest,
};

/// The `evals` resource.
#[derive(Debug, Clone, Copy)]
pub struct Evals<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> Evals<'c> {
    /// The `evals.runs` sub-resource.
    pub fn runs(&self) -> EvalsRuns<'c> {
        EvalsRuns { client: self.client }
    }

    /// List evals
    ///
    /// Pages through the evals defined in the project.
    ///
    /// `GET /evals`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(&self, params: &ListEvalsParams) -> Call<Json<EvalList>> {
        let mut spec = RequestSpec::new(Method::GET, "/evals".to_owned());
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("order_by", params.order_by.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Create an eval
    ///
    /// Defines an eval: the shape of the data its runs will read (the data
    /// source config) and the graders every output is checked with. The same
    /// eval can then be run against different models and settings.
    ///
    /// `POST /evals`
    #[inline]
    pub fn create(&self, request: &CreateEvalRequest) -> Call<Json<Eval>> {
        let spec = RequestSpec::new(Method::POST, "/evals".to_owned()).json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an eval
    ///
    /// Returns an eval with its data source config and testing criteria.
    ///
    /// `GET /evals/{eval_id}`
    #[inline]
    pub fn retrieve(&self, eval_id: &str) -> Call<Json<Eval>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/evals/{eval_id}",
            &[("eval_id", &eval_id)],
        );
        Call::new(self.client, spec)
    }

    /// Update an eval
    ///
    /// Renames an eval or replaces its metadata; the criteria and data source config stay as they are.
    ///
    /// `POST /evals/{eval_id}`
    #[inline]
    pub fn update(
        &self,
        eval_id: &str,
        request: &UpdateEvalRequest,
    ) -> Call<Json<Eval>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/evals/{eval_id}",
                &[("eval_id", &eval_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Delete an eval
    ///
    /// Removes an eval together with its runs.
    ///
    /// `DELETE /evals/{eval_id}`
    #[inline]
    pub fn delete(&self, eval_id: &str) -> Call<Json<DeleteEvalResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/evals/{eval_id}",
            &[("eval_id", &eval_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `evals.runs` resource.
#[derive(Debug, Clone, Copy)]
pub struct EvalsRuns<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> EvalsRuns<'c> {
    /// The `evals.runs.output_items` sub-resource.
    pub fn output_items(&self) -> EvalsRunsOutputItems<'c> {
        EvalsRunsOutputItems {
            client: self.client,
        }
    }

    /// List the runs of an eval
    ///
    /// Pages through the runs started for an eval, optionally only those in one status.
    ///
    /// `GET /evals/{eval_id}/runs`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        eval_id: &str,
        params: &GetEvalRunsParams,
    ) -> Call<Json<EvalRunList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/evals/{eval_id}/runs",
            &[("eval_id", &eval_id)],
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        spec.query().push_opt("status", params.status.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Start an eval run
    ///
    /// Queues a run of the eval over a data source. Rows are checked against
    /// the eval's data source config; when the data source samples a model,
    /// the prompt template and sampling settings are given here too.
    ///
    /// `POST /evals/{eval_id}/runs`
    #[inline]
    pub fn create(
        &self,
        eval_id: &str,
        request: &CreateEvalRunRequest,
    ) -> Call<Json<EvalRun>> {
        let spec = RequestSpec::with_path(
                Method::POST,
                "/evals/{eval_id}/runs",
                &[("eval_id", &eval_id)],
            )
            .json(request);
        Call::new(self.client, spec)
    }

    /// Retrieve an eval run
    ///
    /// Returns the status, counters and token usage of a run.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}`
    #[inline]
    pub fn retrieve(&self, eval_id: &str, run_id: &str) -> Call<Json<EvalRun>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/evals/{eval_id}/runs/{run_id}",
            &[("eval_id", &eval_id), ("run_id", &run_id)],
        );
        Call::new(self.client, spec)
    }

    /// Cancel an eval run
    ///
    /// Stops a run that is queued or in progress.
    ///
    /// `POST /evals/{eval_id}/runs/{run_id}`
    #[inline]
    pub fn cancel(&self, eval_id: &str, run_id: &str) -> Call<Json<EvalRun>> {
        let spec = RequestSpec::with_path(
            Method::POST,
            "/evals/{eval_id}/runs/{run_id}",
            &[("eval_id", &eval_id), ("run_id", &run_id)],
        );
        Call::new(self.client, spec)
    }

    /// Delete an eval run
    ///
    /// Removes a run and its output items.
    ///
    /// `DELETE /evals/{eval_id}/runs/{run_id}`
    #[inline]
    pub fn delete(
        &self,
        eval_id: &str,
        run_id: &str,
    ) -> Call<Json<DeleteEvalRunResponse>> {
        let spec = RequestSpec::with_path(
            Method::DELETE,
            "/evals/{eval_id}/runs/{run_id}",
            &[("eval_id", &eval_id), ("run_id", &run_id)],
        );
        Call::new(self.client, spec)
    }
}

/// The `evals.runs.output_items` resource.
#[derive(Debug, Clone, Copy)]
pub struct EvalsRunsOutputItems<'c> {
    pub(crate) client: &'c Client,
}

impl<'c> EvalsRunsOutputItems<'c> {
    /// List the output items of an eval run
    ///
    /// Pages through the graded rows of a run, optionally only the passing or the failing ones.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items`; call `.into_stream()` on the result to walk every page.
    #[inline]
    pub fn list(
        &self,
        eval_id: &str,
        run_id: &str,
        params: &GetEvalRunOutputItemsParams,
    ) -> Call<Json<EvalRunOutputItemList>> {
        let mut spec = RequestSpec::with_path(
            Method::GET,
            "/evals/{eval_id}/runs/{run_id}/output_items",
            &[("eval_id", &eval_id), ("run_id", &run_id)],
        );
        spec.query().push_opt("after", params.after.as_ref());
        spec.query().push_opt("limit", params.limit.as_ref());
        spec.query().push_opt("status", params.status.as_ref());
        spec.query().push_opt("order", params.order.as_ref());
        let spec = spec.cursor("after");
        Call::new(self.client, spec)
    }

    /// Retrieve an eval run output item
    ///
    /// Returns one graded row of a run, with the model sample and every grader's result.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}`
    #[inline]
    pub fn retrieve(
        &self,
        eval_id: &str,
        run_id: &str,
        output_item_id: &str,
    ) -> Call<Json<EvalRunOutputItem>> {
        let spec = RequestSpec::with_path(
            Method::GET,
            "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
            &[
                ("eval_id", &eval_id),
                ("run_id", &run_id),
                ("output_item_id", &output_item_id),
            ],
        );
        Call::new(self.client, spec)
    }
}
