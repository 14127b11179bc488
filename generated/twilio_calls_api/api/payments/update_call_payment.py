# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.payment import Payment
from ...models.update_payment_form import UpdatePaymentForm
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    body: UpdatePaymentForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Payments/{sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Payment:
    if response.status_code == 202:
        response_202 = Payment.from_dict(response.json())

        return response_202

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Payment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentForm,
) -> Response[Error | Payment]:
    """Ask for one piece of payment data, or complete or cancel the session

     With Capture, the caller is prompted for that piece of data; with Status, the session is sent to the
    payment connector (`complete`) or dropped (`cancel`). The server accepts the change and reports its
    outcome to StatusCallback (202).

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):
        body (UpdatePaymentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payment]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentForm,
) -> Error | Payment | None:
    """Ask for one piece of payment data, or complete or cancel the session

     With Capture, the caller is prompted for that piece of data; with Status, the session is sent to the
    payment connector (`complete`) or dropped (`cancel`). The server accepts the change and reports its
    outcome to StatusCallback (202).

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):
        body (UpdatePaymentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payment
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentForm,
) -> Response[Error | Payment]:
    """Ask for one piece of payment data, or complete or cancel the session

     With Capture, the caller is prompted for that piece of data; with Status, the session is sent to the
    payment connector (`complete`) or dropped (`cancel`). The server accepts the change and reports its
    outcome to StatusCallback (202).

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):
        body (UpdatePaymentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Payment]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentForm,
) -> Error | Payment | None:
    """Ask for one piece of payment data, or complete or cancel the session

     With Capture, the caller is prompted for that piece of data; with Status, the session is sent to the
    payment connector (`complete`) or dropped (`cancel`). The server accepts the change and reports its
    outcome to StatusCallback (202).

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):
        body (UpdatePaymentForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Payment
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            sid=sid,
            client=client,
            body=body,
        )
    ).parsed
